import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GoalForm } from "@/components/admin/appeal/goal-form";
import { SectionHeader } from "@/components/admin/appeal/section-header";
import { requireStaff } from "@/lib/auth/current-staff";
import { findCampaignForEditing } from "@/lib/campaign/find-campaign-for-editing";
import { poundsForInput } from "@/lib/campaign/pounds";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Goal and prices" };
export const instant = false;

export default async function AppealGoalPage() {
  await requireStaff();
  const campaign = await findCampaignForEditing(db);
  if (!campaign) notFound();
  return (
    <div className="space-y-8">
      <SectionHeader title="Goal and prices">
        <p>
          The progress bar on the home page counts toward the goal. The prices are what donors pay for a coat or a pack from now on; a donor already
          at the checkout pays the price they were shown.
        </p>
      </SectionHeader>
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
