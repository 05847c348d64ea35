import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FiguresForm } from "@/app/admin/appeal/figures/figures-form";
import { SectionHeader } from "@/components/admin/appeal/section-header";
import { requireStaff } from "@/lib/auth/current-staff";
import { figureRowValues, MAX_FIGURES } from "@/lib/campaign/figure-rows";
import { findCampaignForEditing } from "@/lib/campaign/find-campaign-for-editing";
import { APPEAL_PAGES } from "@/lib/campaign/appeal-form-schemas";
import { db } from "@/lib/db";
import { keptAnswerFor } from "@/lib/forms/kept-answers";

export const metadata: Metadata = { title: "Situation figures" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AppealFiguresPage({ searchParams }: Props) {
  const staff = await requireStaff();
  // A save posted without script comes back here with its answer kept, everything typed included.
  const [campaign, answer] = await Promise.all([
    findCampaignForEditing(db),
    searchParams.then((query) => keptAnswerFor(db, query.answer, { staffId: staff.id, page: APPEAL_PAGES.figures })),
  ]);
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
      <FiguresForm answer={answer} initial={{ version: campaign.updatedAt.toISOString(), ...figureRowValues(rows) }} />
    </div>
  );
}
