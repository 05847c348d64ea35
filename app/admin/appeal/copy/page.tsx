import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CopyForm } from "@/components/admin/appeal/copy-form";
import { SectionHeader } from "@/components/admin/appeal/section-header";
import { requireStaff } from "@/lib/auth/current-staff";
import { copyFields } from "@/lib/campaign/appeal-form-schemas";
import { findCampaignForEditing } from "@/lib/campaign/find-campaign-for-editing";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "The appeal’s words" };
export const instant = false;

export default async function AppealCopyPage() {
  await requireStaff();
  const campaign = await findCampaignForEditing(db);
  if (!campaign) notFound();
  return (
    <div className="space-y-8">
      <SectionHeader title="The appeal’s words">
        <p>Everything the home page says, from the headline down. Save once you are done: the home page changes straight away.</p>
      </SectionHeader>
      <CopyForm initial={{ version: campaign.updatedAt.toISOString(), ...Object.fromEntries(copyFields.map((k) => [k, campaign[k]])) }} />
    </div>
  );
}
