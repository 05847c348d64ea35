import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NoScriptAnswer } from "@/components/admin/appeal/no-script-answer";
import { SectionHeader } from "@/components/admin/appeal/section-header";
import { VideoForm } from "@/app/admin/appeal/video/video-form";
import { requireStaff } from "@/lib/auth/current-staff";
import { findCampaignForEditing } from "@/lib/campaign/find-campaign-for-editing";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "The appeal video" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const labels: Record<string, string> = { videoTitle: "Title", videoUrl: "YouTube link" };
const label = (field: string) => labels[field];

export default async function AppealVideoPage({ searchParams }: Props) {
  await requireStaff();
  const [campaign, params] = await Promise.all([findCampaignForEditing(db), searchParams]);
  if (!campaign) notFound();
  return (
    <div className="space-y-8">
      <SectionHeader title="The appeal video">
        <p>One YouTube video, shown on the home page under the situation figures.</p>
      </SectionHeader>
      <NoScriptAnswer params={params} label={label} />
      <VideoForm initial={{ version: campaign.updatedAt.toISOString(), videoTitle: campaign.videoTitle, videoUrl: campaign.videoUrl ?? "" }} />
    </div>
  );
}
