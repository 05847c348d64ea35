import type { Metadata } from "next";
import Link from "next/link";
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { findCampaignForEditing } from "@/lib/campaign/find-campaign-for-editing";
import { fundedWords, handedInWords, towardGoalWords } from "@/lib/campaign/progress-words";
import { computeCampaignProgress } from "@/lib/campaign/queries";
import { db } from "@/lib/db";
import { formatCount, formatPence } from "@/lib/format/money";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { siteTakesLivePayments } from "@/lib/stripe/site-payment-mode";

export const metadata: Metadata = { title: "The appeal" };
export const instant = false;

const qualifierWords = { AROUND: "around", OVER: "over", EXACTLY: "exactly" } as const;

/** The appeal editor's front page: what the home page says now, and where to change each part. */
export default async function AppealOverview() {
  const staff = await requireStaff();
  const [campaign, progress] = await Promise.all([findCampaignForEditing(db), computeCampaignProgress(db, { livemode: siteTakesLivePayments() })]);
  if (!campaign) {
    return (
      <div className="space-y-4">
        <h1 className="text-4xl font-semibold">The appeal</h1>
        <p className="text-lg text-ink-soft">There is no appeal yet. The demo content adds one the first time the site starts.</p>
      </div>
    );
  }
  const sections = [
    {
      href: "/admin/appeal/copy",
      title: "Words",
      action: "Edit the words",
      summary: <p className="font-serif text-lg text-ink">“{campaign.headline}”</p>,
    },
    {
      href: "/admin/appeal/figures",
      title: "Situation figures",
      action: "Edit the figures",
      summary: (
        <ul className="space-y-1">
          {campaign.figures.map((f) => (
            <li key={f.id}>
              {qualifierWords[f.qualifier]} {formatCount(f.count)} in {f.place}
            </li>
          ))}
        </ul>
      ),
    },
    {
      href: "/admin/appeal/goal",
      title: "Goal and prices",
      // What donors are charged: admins change it, editors see it.
      action: allowed(staff, StaffRole.ADMIN) ? "Change the goal or prices" : "See the goal and prices",
      summary: (
        <p>
          {formatCount(campaign.goalCoats)} coats · {formatPence(campaign.coatPricePence)} a coat · {formatPence(campaign.packPricePence)} a pack
        </p>
      ),
    },
    {
      href: "/admin/appeal/video",
      title: "Video",
      action: "Change the video",
      summary: <p>{campaign.videoUrl ? campaign.videoTitle : "No video on the home page."}</p>,
    },
    {
      href: "/admin/appeal/ways",
      title: "Ways to help",
      action: "Edit the ways to help",
      summary: (
        <ol className="list-inside list-decimal space-y-1">
          {campaign.waysToHelp.map((w) => (
            <li key={w.title}>{w.title}</li>
          ))}
        </ol>
      ),
    },
    {
      href: "/admin/appeal/in-kind",
      title: "Coats received in kind",
      action: "Record coats handed in",
      summary: <p>{formatCount(campaign.coatsReceivedInKind)} coats handed in so far, counted toward the goal.</p>,
    },
  ];
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-4xl font-semibold">The appeal</h1>
          <p className="mt-2 max-w-prose text-lg text-ink-soft">
            What the home page says and shows. Each part saves on its own, and the site shows a change as soon as it is saved.
          </p>
        </div>
        <Link href="/" className="btn-secondary">
          View the home page
        </Link>
      </div>
      {progress ? (
        <p className="rounded-2xl bg-white p-4 text-lg ring-1 ring-ink/10">
          <strong>{towardGoalWords(progress)}</strong> toward the goal ({progress.percent}%): {fundedWords(progress)}, {handedInWords(progress)}.{" "}
          {formatPence(progress.raisedPence)} raised from {formatCount(progress.donationCount)} {progress.donationCount === 1 ? "gift" : "gifts"}.
        </p>
      ) : null}
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {sections.map((s) => (
          <li key={s.href} className="flex flex-col gap-3 rounded-3xl bg-white p-6 ring-1 ring-ink/10">
            <h2 className="text-xl font-semibold">{s.title}</h2>
            <div className="flex-1 text-ink-soft">{s.summary}</div>
            <Link href={s.href} className="font-semibold">
              {s.action}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
