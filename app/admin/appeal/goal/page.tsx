import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GoalForm } from "@/components/admin/appeal/goal-form";
import { PlainPostNotice } from "@/components/admin/appeal/plain-post-notice";
import { SectionHeader } from "@/components/admin/appeal/section-header";
import { requireStaff } from "@/lib/auth/current-staff";
import { findCampaignForEditing } from "@/lib/campaign/find-campaign-for-editing";
import { poundsForInput } from "@/lib/campaign/pounds";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Goal and prices" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const labels: Record<string, string> = { goalCoats: "Goal, in coats", coatPricePence: "Price of a coat", packPricePence: "Price of a clothing pack" };
const label = (field: string) => labels[field];

export default async function AppealGoalPage({ searchParams }: Props) {
  await requireStaff();
  const [campaign, params] = await Promise.all([findCampaignForEditing(db), searchParams]);
  if (!campaign) notFound();
  return (
    <div className="space-y-8">
      <SectionHeader title="Goal and prices">
        <p>
          The progress bar on the home page counts toward the goal. The prices are what donors pay for a coat or a pack from now on; a donor already
          at the checkout pays the price they were shown.
        </p>
      </SectionHeader>
      <PlainPostNotice params={params} label={label} />
      <GoalForm
        initial={{
          version: campaign.updatedAt.toISOString(),
          goalCoats: String(campaign.goalCoats),
          coatPricePence: poundsForInput(campaign.coatPricePence),
          packPricePence: poundsForInput(campaign.packPricePence),
        }}
      />
    </div>
  );
}
