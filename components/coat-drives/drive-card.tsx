import { SiteLink } from "@/components/site-link";
import { ProgressBar } from "@/components/progress-bar";
import type { LiveDrive } from "@/lib/coat-drives/queries";
import { kindLabel } from "@/lib/coat-drives/options";
import { towardGoalWords } from "@/lib/campaign/progress-words";

/** A live drive in a list: its name, who runs it, and its progress in coats. */
export function DriveCard({ drive, headingLevel = 3 }: { drive: LiveDrive; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="flex h-full flex-col rounded-3xl bg-white p-6 ring-1 ring-ink/10">
      <p className="text-sm font-semibold uppercase tracking-wider text-ink-muted">{kindLabel(drive.kind)}</p>
      <Heading className="mt-1 text-xl font-semibold">
        <SiteLink href={`/coat-drives/${drive.slug}`}>{drive.name}</SiteLink>
      </Heading>
      <p className="mt-1 text-ink-soft">Run by {drive.organiserFirstName}</p>
      <p className="mt-3 font-semibold">{towardGoalWords(drive.progress)}</p>
      <ProgressBar progress={drive.progress} compact />
    </article>
  );
}
