import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NoScriptAnswer } from "@/components/admin/appeal/no-script-answer";
import { PlaceholderHelp } from "@/components/admin/placeholder-help";
import { SectionHeader } from "@/components/admin/appeal/section-header";
import { WaysForm } from "@/app/admin/appeal/ways/ways-form";
import { requireStaff } from "@/lib/auth/current-staff";
import { findCampaignForEditing } from "@/lib/campaign/find-campaign-for-editing";
import { WAYS_TO_HELP, wayField } from "@/lib/campaign/way-fields";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Ways to help" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const parts: Record<string, string> = { title: "title", body: "description", ctaLabel: "button words", ctaHref: "where the button leads" };
function label(field: string) {
  const match = /^way-(\d)-(\w+)$/.exec(field);
  return match?.[1] && match[2] && parts[match[2]] ? `Way ${Number(match[1]) + 1}: ${parts[match[2]]}` : undefined;
}

export default async function AppealWaysPage({ searchParams }: Props) {
  await requireStaff();
  const [campaign, params] = await Promise.all([findCampaignForEditing(db), searchParams]);
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
      <NoScriptAnswer params={params} label={label} />
      <PlaceholderHelp facts={campaign} />
      <WaysForm initial={initial} />
    </div>
  );
}
