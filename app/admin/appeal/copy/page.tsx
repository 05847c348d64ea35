import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CopyForm } from "@/app/admin/appeal/copy/copy-form";
import { NoScriptAnswer } from "@/components/admin/appeal/no-script-answer";
import { PlaceholderHelp } from "@/components/admin/placeholder-help";
import { SectionHeader } from "@/components/admin/appeal/section-header";
import { requireStaff } from "@/lib/auth/current-staff";
import { copyFields } from "@/lib/campaign/appeal-form-schemas";
import { findCampaignForEditing } from "@/lib/campaign/find-campaign-for-editing";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "The appeal’s words" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const labels: Record<string, string> = {
  headline: "Headline",
  strapline: "Strapline",
  hashtag: "Hashtag",
  situation: "The situation’s text",
  whyHereTitle: "Why people are there: heading",
  whyHere: "Why people are there: text",
  whatWeDoTitle: "What we do: heading",
  whatWeDo: "What we do: text",
  appealTitle: "The coat campaign: heading",
  appeal: "The coat campaign: text",
  beyondGoal: "If we pass the goal",
  photoInvitation: "Invitation to share a photo",
  shareMessage: "Suggested message to share",
};
const label = (field: string) => labels[field];

export default async function AppealCopyPage({ searchParams }: Props) {
  await requireStaff();
  const [campaign, params] = await Promise.all([findCampaignForEditing(db), searchParams]);
  if (!campaign) notFound();
  return (
    <div className="space-y-8">
      <SectionHeader title="The appeal’s words">
        <p>Everything the home page says, from the headline down. Save once you are done: the home page changes straight away.</p>
      </SectionHeader>
      <NoScriptAnswer params={params} label={label} />
      <PlaceholderHelp facts={campaign} />
      <CopyForm initial={{ version: campaign.updatedAt.toISOString(), ...Object.fromEntries(copyFields.map((k) => [k, campaign[k]])) }} />
    </div>
  );
}
