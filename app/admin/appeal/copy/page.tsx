import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CopyForm } from "@/app/admin/appeal/copy/copy-form";
import { PlaceholderHelp } from "@/components/admin/placeholder-help";
import { SectionHeader } from "@/components/admin/appeal/section-header";
import { requireStaff } from "@/lib/auth/current-staff";
import { COPY_PAGE, copyFields, SHARE_MESSAGE_MAX } from "@/lib/campaign/appeal-form-schemas";
import { findCampaignForEditing } from "@/lib/campaign/find-campaign-for-editing";
import { db } from "@/lib/db";
import { keptAnswerFor } from "@/lib/forms/kept-answers";

export const metadata: Metadata = { title: "The appeal’s words" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AppealCopyPage({ searchParams }: Props) {
  const staff = await requireStaff();
  // A save posted without script comes back here with its answer kept, everything typed included.
  const [campaign, answer] = await Promise.all([
    findCampaignForEditing(db),
    searchParams.then((query) => keptAnswerFor(db, query.answer, { staffId: staff.id, page: COPY_PAGE })),
  ]);
  if (!campaign) notFound();
  return (
    <div className="space-y-8">
      <SectionHeader title="The appeal’s words">
        <p>Everything the home page says, from the headline down. Save once you are done: the home page changes straight away.</p>
      </SectionHeader>
      <PlaceholderHelp facts={campaign} />
      <CopyForm
        answer={answer}
        shareMessageMax={SHARE_MESSAGE_MAX}
        initial={{ version: campaign.updatedAt.toISOString(), ...Object.fromEntries(copyFields.map((k) => [k, campaign[k]])) }}
      />
    </div>
  );
}
