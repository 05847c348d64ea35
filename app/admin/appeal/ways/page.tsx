import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SectionHeader } from "@/components/admin/appeal/section-header";
import { WaysForm } from "@/components/admin/appeal/ways-form";
import { requireStaff } from "@/lib/auth/current-staff";
import { findCampaignForEditing } from "@/lib/campaign/find-campaign-for-editing";
import { WAYS_TO_HELP, wayField } from "@/lib/campaign/way-fields";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Ways to help" };
export const instant = false;

export default async function AppealWaysPage() {
  await requireStaff();
  const campaign = await findCampaignForEditing(db);
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
      <WaysForm initial={initial} />
    </div>
  );
}
