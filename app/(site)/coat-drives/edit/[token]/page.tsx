import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { connection } from "next/server";
import { EditOwnDriveForm, ReportCoatsForm } from "@/app/(site)/coat-drives/edit/[token]/organiser-forms";
import { driveFormValues } from "@/lib/coat-drives/drive-schema";
import { findDriveByEditToken } from "@/lib/coat-drives/organiser";
import { statusLabel } from "@/lib/coat-drives/options";
import { db } from "@/lib/db";
import { formatUkDate } from "@/lib/format/date";
import { keptAnswer } from "@/lib/forms/answer-without-script";

// The organiser's private page: the token in the address is the key (only its hash is stored).
// Rendered per request and in full before sending: its forms work with JavaScript switched off.
export const instant = false;

// Every Referer from this page names the site alone, never the address with its token. Not
// "no-referrer": a browser then sends a form's post with `Origin: null`, which Next refuses as a
// cross-site server action, so neither form here could be sent, with script or without.
export const metadata: Metadata = { title: "Your coat drive", robots: { index: false, follow: false }, referrer: "strict-origin" };

type Props = { params: Promise<{ token: string }> };

export async function generateStaticParams() {
  // Cache Components needs one to check the route; it is not a valid token.
  return [{ token: "example" }];
}

export default function EditDrivePage({ params }: Props) {
  return (
    <div className="container-page max-w-3xl py-14">
      <Edit params={params} />
    </div>
  );
}

async function Edit({ params }: Props) {
  // Per request, never prerendered or cached: the page is the organiser's own.
  await connection();
  const { token } = await params;
  const drive = await findDriveByEditToken(db, token);
  if (!drive) {
    return (
      <div role="alert">
        <h1 className="text-4xl font-semibold">This link can’t be used</h1>
        <p className="mt-4 text-lg text-ink-soft">
          It may have been copied incompletely, or replaced by a newer one. <SiteLink href="/coat-drives/edit">Ask for a new link</SiteLink> and we’ll email it
          to the address you started the drive with.
        </p>
      </div>
    );
  }
  const [editAnswer, reportAnswer] = await Promise.all([keptAnswer("coat-drive-edit"), keptAnswer("coat-drive-report")]);
  return (
    <div className="space-y-10">
      <div>
        <p className="eyebrow">Your coat drive</p>
        <h1 className="mt-2 text-4xl font-semibold">{drive.name}</h1>
        <p className="mt-3 text-ink-soft">
          {statusLabel(drive.status)}
          {drive.status === "LIVE" || drive.status === "CLOSED" ? (
            <>
              {" · "}
              <SiteLink href={`/coat-drives/${drive.slug}`}>see its page</SiteLink>
            </>
          ) : null}
        </p>
        <p className="mt-3 text-ink-soft">Keep this page’s address to yourself: anyone with it can edit your drive.</p>
      </div>
      <section aria-labelledby="report-heading" className="rounded-3xl bg-white p-6 ring-1 ring-ink/10 sm:p-8">
        <h2 id="report-heading" className="text-2xl font-semibold">
          Tell us how many coats you’ve collected
        </h2>
        <p className="mt-2 text-ink-soft">They count toward your goal once they reach a drop-off point or our warehouse and our team confirms them.</p>
        <ReportCoatsForm token={token} answer={reportAnswer} />
        {drive.reports.length ? (
          <ul className="mt-6 space-y-1 text-ink-soft">
            {drive.reports.map((r) => (
              <li key={r.id}>
                {r.coats} coats reported {formatUkDate(r.createdAt)}:{" "}
                {r.status === "PENDING" ? "waiting for our team" : r.status === "CONFIRMED" ? "counted" : "not counted"}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section aria-labelledby="edit-heading" className="rounded-3xl bg-white p-6 ring-1 ring-ink/10 sm:p-8">
        <h2 id="edit-heading" className="text-2xl font-semibold">
          Edit your drive
        </h2>
        <EditOwnDriveForm token={token} answer={editAnswer} initial={driveFormValues(drive)} hasPhoto={drive.photoKey !== null} />
      </section>
    </div>
  );
}
