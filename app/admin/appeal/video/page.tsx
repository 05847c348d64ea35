import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SectionHeader } from "@/components/admin/appeal/section-header";
import { VideoForm } from "@/components/admin/appeal/video-form";
import { requireStaff } from "@/lib/auth/current-staff";
import { findCampaignForEditing } from "@/lib/campaign/find-campaign-for-editing";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "The appeal video" };
export const instant = false;

export default async function AppealVideoPage() {
  await requireStaff();
  const campaign = await findCampaignForEditing(db);
  if (!campaign) notFound();
  return (
    <div className="space-y-8">
      <SectionHeader title="The appeal video">
        <p>One YouTube video, shown on the home page under the situation figures.</p>
      </SectionHeader>
      <VideoForm initial={{ version: campaign.updatedAt.toISOString(), videoTitle: campaign.videoTitle, videoUrl: campaign.videoUrl ?? "" }} />
    </div>
  );
}
