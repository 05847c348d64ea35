import type { Metadata } from "next";
import { AppealChart } from "@/components/admin/dashboard/appeal-chart";
import { TotalCard } from "@/components/admin/dashboard/total-card";
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { appealByDay } from "@/lib/dashboard/appeal-by-day";
import { drivesShare } from "@/lib/coat-drives/admin-drives";
import { moneyTotals, staffTotals, testGiftCount, weekStartingDay } from "@/lib/dashboard/dashboard-totals";
import { db } from "@/lib/db";
import { formatCount, formatPence } from "@/lib/format/money";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { siteTakesLivePayments } from "@/lib/stripe/site-payment-mode";

export const metadata: Metadata = { title: "Overview" };
export const instant = false;

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;
const grid = "mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4";

/**
 * How the appeal is doing at a glance. Admins see the money and the people; editors see only
 * their own work (posts, coats handed in, drop-off points), and no figure of money is even read
 * for them.
 */
export default async function AdminHome() {
  const staff = await requireStaff();
  const admin = allowed(staff, StaffRole.ADMIN);
  const now = new Date();
  const [mine, money, chart, testGifts, drives] = await Promise.all([
    staffTotals(db, now),
    admin ? moneyTotals(db, now) : null,
    appealByDay(db, now, { money: admin }),
    admin && !siteTakesLivePayments() ? testGiftCount(db) : 0,
    // Coat drives (issue #18): their share of the money raised, by the same rule (live gifts, less refunds).
    admin ? drivesShare(db, { livemode: true }) : null,
  ]);
  const weekFrom = weekStartingDay(now);
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-4xl font-semibold">Overview</h1>
        <p className="mt-2 text-ink-soft">
          {admin ? "Money counts gifts paid with real money (live Stripe payments), less refunds. " : ""}“This week” is today and the six days before it, in
          London.
        </p>
      </div>
      {money ? (
        <section aria-labelledby="money">
          <h2 id="money" className="text-2xl font-semibold">
            Money and people
          </h2>
          {testGifts > 0 ? (
            <p className="mt-2 rounded-2xl bg-ember-light p-4 text-ink">
              This site takes test payments: {plural(testGifts, "paid test gift is", "paid test gifts are")} left out of these figures, as no money moved.
            </p>
          ) : null}
          <ul className={grid}>
            <TotalCard
              href="/admin/donations?status=PAID&mode=live"
              label="Raised"
              figure={formatPence(money.raised.pence)}
              detail={`from ${plural(money.raised.gifts, "gift", "gifts")}, plus ${formatPence(money.raised.giftAidPence)} Gift Aid`}
            />
            {drives ? (
              <TotalCard
                href="/admin/coat-drives"
                label="Through coat drives"
                figure={formatPence(drives.raisedPence)}
                detail={`${money.raised.pence > 0 ? Math.round((drives.raisedPence / money.raised.pence) * 1000) / 10 : 0}% of the money raised; ${plural(drives.live, "drive", "drives")} live`}
              />
            ) : null}
            <TotalCard
              href={`/admin/donations?status=PAID&mode=live&from=${weekFrom}`}
              label="Gifts this week"
              figure={formatCount(money.thisWeek.gifts)}
              detail={`${formatPence(money.thisWeek.pence)} in all`}
            />
            <TotalCard
              href="/admin/donations?status=PAID&mode=live&kind=COAT"
              label="Coats bought with money"
              figure={formatCount(money.coats.boughtWithMoney)}
              detail={`against ${plural(money.coats.handedIn, "coat", "coats")} handed in; the goal is ${formatCount(money.coats.goal)}`}
            />
            <TotalCard
              href="/admin/gift-aid"
              label="Gift Aid unclaimed"
              figure={formatPence(money.giftAidUnclaimed.pence)}
              detail={`on ${plural(money.giftAidUnclaimed.gifts, "gift", "gifts")} ready to claim`}
            />
            <TotalCard
              href="/admin/donations?status=PAID&mode=live&frequency=MONTHLY"
              label="Monthly donors"
              figure={formatCount(money.monthlyDonors)}
              detail="giving every month now"
            />
            <TotalCard href="/admin/volunteers" label="New volunteers" figure={formatCount(money.newVolunteers)} detail="applied this week" />
            <TotalCard
              href="/admin/subscribers?status=CONFIRMED"
              label="Confirmed subscribers"
              figure={formatCount(money.confirmedSubscribers)}
              detail="on the mailing list"
            />
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="work">
        <h2 id="work" className="text-2xl font-semibold">
          {admin ? "Posts, coats and drop-off points" : "Your work"}
        </h2>
        <ul className={grid}>
          <TotalCard
            href="/admin/posts"
            label="Posts published"
            figure={formatCount(mine.posts.published)}
            detail={`${formatCount(mine.posts.scheduled)} scheduled, ${plural(mine.posts.drafts, "draft", "drafts")}`}
          />
          <TotalCard
            href="/admin/appeal/in-kind"
            label="Coats handed in"
            figure={formatCount(mine.coatsHandedIn.total)}
            detail={`${formatCount(mine.coatsHandedIn.thisWeek)} this week`}
          />
          <TotalCard
            href="/admin/donation-points"
            label="Drop-off points accepting coats"
            figure={formatCount(mine.points.accepting)}
            detail={`${formatCount(mine.points.full)} full, ${formatCount(mine.points.closed)} closed`}
          />
        </ul>
      </section>
      {chart ? (
        <section aria-labelledby="by-day">
          <h2 id="by-day" className="text-2xl font-semibold">
            {admin ? "Money and coats by day" : "Coats handed in by day"}
          </h2>
          <div className="mt-3">
            <AppealChart days={chart.days} undatedHandedIn={chart.undatedHandedIn} />
          </div>
        </section>
      ) : null}
    </div>
  );
}
