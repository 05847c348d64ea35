import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FiguresForm } from "@/app/admin/appeal/figures/figures-form";
import { NoScriptAnswer } from "@/components/admin/appeal/no-script-answer";
import { SectionHeader } from "@/components/admin/appeal/section-header";
import { requireStaff } from "@/lib/auth/current-staff";
import { figureRowValues, MAX_FIGURES } from "@/lib/campaign/figure-rows";
import { findCampaignForEditing } from "@/lib/campaign/find-campaign-for-editing";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Situation figures" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const parts: Record<string, string> = { place: "place", count: "people", qualifier: "how exact", note: "where people are sleeping" };
function label(field: string) {
  const match = /^figure-(\d)-(\w+)$/.exec(field);
  return match?.[1] && match[2] && parts[match[2]] ? `Figure ${Number(match[1]) + 1}: ${parts[match[2]]}` : undefined;
}

export default async function AppealFiguresPage({ searchParams }: Props) {
  await requireStaff();
  const [campaign, params] = await Promise.all([findCampaignForEditing(db), searchParams]);
  if (!campaign) notFound();
  const rows = campaign.figures.map((f) => ({ key: f.id, place: f.place, count: String(f.count), qualifier: f.qualifier, note: f.note }));
  return (
    <div className="space-y-8">
      <SectionHeader title="Situation figures">
        <p>
          How many people are sleeping rough, and where: the home page shows them in this order, up to {MAX_FIGURES}. “Around 1,000” reads better than a precise
          number nobody can check.
        </p>
      </SectionHeader>
      <NoScriptAnswer params={params} label={label} />
      <FiguresForm initial={{ version: campaign.updatedAt.toISOString(), ...figureRowValues(rows) }} />
    </div>
  );
}
