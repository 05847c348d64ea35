import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlaceholderHelp } from "@/components/admin/placeholder-help";
import { SectionHeader } from "@/components/admin/appeal/section-header";
import { WaysForm } from "@/app/admin/appeal/ways/ways-form";
import { requireStaff } from "@/lib/auth/current-staff";
import { findCampaignForEditing } from "@/lib/campaign/find-campaign-for-editing";
import { WAYS_TO_HELP, wayField } from "@/lib/campaign/way-fields";
import { APPEAL_PAGES } from "@/lib/campaign/appeal-form-schemas";
import { db } from "@/lib/db";
import { keptAnswerFor } from "@/lib/forms/kept-answers";

export const metadata: Metadata = { title: "Ways to help" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AppealWaysPage({ searchParams }: Props) {
  const staff = await requireStaff();
  // A save posted without script comes back here with its answer kept, everything typed included.
  const [campaign, answer] = await Promise.all([
    findCampaignForEditing(db),
    searchParams.then((query) => keptAnswerFor(db, query.answer, { staffId: staff.id, page: APPEAL_PAGES.ways })),
  ]);
  if (!campaign) notFound();
  const initial: Record<string, string> = { version: campaign.updatedAt.toISOString() };
  for (let i = 0; i < WAYS_TO_HELP; i++) {
    const way = campaign.waysToHelp[i];
    initial[wayField(i, "title")] = way?.title ?? "";
    initial[wayField(i, "body")] = way?.body ?? "";
    initial[wayField(i, "ctaLabel")] = way?.ctaLabel ?? "";
    initial[wayField(i, "ctaHref")] = way?.ctaHref ?? "";
  }
  return (
    <div className="space-y-8">
      <SectionHeader title="Ways to help">
        <p>The three cards near the foot of the home page, in order, each with a button.</p>
      </SectionHeader>
      <PlaceholderHelp facts={campaign} />
      <WaysForm initial={initial} answer={answer} />
    </div>
  );
}
