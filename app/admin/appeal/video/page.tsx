import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SectionHeader } from "@/components/admin/appeal/section-header";
import { VideoForm } from "@/app/admin/appeal/video/video-form";
import { requireStaff } from "@/lib/auth/current-staff";
import { findCampaignForEditing } from "@/lib/campaign/find-campaign-for-editing";
import { APPEAL_PAGES } from "@/lib/campaign/appeal-form-schemas";
import { db } from "@/lib/db";
import { keptAnswerFor } from "@/lib/forms/kept-answers";

export const metadata: Metadata = { title: "The appeal video" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AppealVideoPage({ searchParams }: Props) {
  const staff = await requireStaff();
  // A save posted without script comes back here with its answer kept, everything typed included.
  const [campaign, answer] = await Promise.all([
    findCampaignForEditing(db),
    searchParams.then((query) => keptAnswerFor(db, query.answer, { staffId: staff.id, page: APPEAL_PAGES.video })),
  ]);
  if (!campaign) notFound();
  return (
    <div className="space-y-8">
      <SectionHeader title="The appeal video">
        <p>One YouTube video, shown on the home page under the situation figures.</p>
      </SectionHeader>
      <VideoForm answer={answer} initial={{ version: campaign.updatedAt.toISOString(), videoTitle: campaign.videoTitle, videoUrl: campaign.videoUrl ?? "" }} />
    </div>
  );
}
