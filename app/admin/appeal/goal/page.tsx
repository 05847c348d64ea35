import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GoalForm } from "@/app/admin/appeal/goal/goal-form";
import { SectionHeader } from "@/components/admin/appeal/section-header";
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { findCampaignForEditing } from "@/lib/campaign/find-campaign-for-editing";
import { poundsForInput } from "@/lib/campaign/pounds";
import { APPEAL_PAGES } from "@/lib/campaign/appeal-form-schemas";
import { db } from "@/lib/db";
import { keptAnswerFor } from "@/lib/forms/kept-answers";
import { formatCount, formatPence } from "@/lib/format/money";
import { StaffRole } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "Goal and prices" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AppealGoalPage({ searchParams }: Props) {
  const staff = await requireStaff();
  // A save posted without script comes back here with its answer kept: what changed, or the
  // problems and everything typed.
  const [campaign, answer] = await Promise.all([
    findCampaignForEditing(db),
    searchParams.then((query) => keptAnswerFor(db, query.answer, { staffId: staff.id, page: APPEAL_PAGES.goal })),
  ]);
  if (!campaign) notFound();
  return (
    <div className="space-y-8">
      <SectionHeader title="Goal and prices">
        <p>
          The progress bar on the home page counts toward the goal. The prices are what donors pay for a coat or a pack from now on; a donor already at the
          checkout pays the price they were shown.
        </p>
      </SectionHeader>
      {allowed(staff, StaffRole.ADMIN) ? (
        <>
          <GoalForm
            answer={answer}
            initial={{
              version: campaign.updatedAt.toISOString(),
              goalCoats: String(campaign.goalCoats),
              coatPricePence: poundsForInput(campaign.coatPricePence),
              packPricePence: poundsForInput(campaign.packPricePence),
            }}
          />
        </>
      ) : (
        // What donors are charged is for admins to change (saveGoalAction refuses anyone else).
        <div className="max-w-xl space-y-4 rounded-3xl bg-white p-5 ring-1 ring-ink/10 sm:p-6">
          <dl className="space-y-2 text-lg">
            <div>
              <dt className="inline font-semibold">Goal:</dt> <dd className="inline">{formatCount(campaign.goalCoats)} coats</dd>
            </div>
            <div>
              <dt className="inline font-semibold">Price of a coat:</dt> <dd className="inline">{formatPence(campaign.coatPricePence)}</dd>
            </div>
            <div>
              <dt className="inline font-semibold">Price of a clothing pack:</dt> <dd className="inline">{formatPence(campaign.packPricePence)}</dd>
            </div>
          </dl>
          <p className="text-ink-soft">
            Only admins can change the goal and the prices, because they decide what donors are charged. Ask an admin if they need to change.
          </p>
        </div>
      )}
    </div>
  );
}
