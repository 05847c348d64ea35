import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminsOnly } from "@/components/admin/admins-only";
import { VolunteerStatusForm } from "@/app/admin/volunteers/[id]/volunteer-status-form";
import { allowed, requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { keptAnswerFor } from "@/lib/forms/kept-answers";
import { formatUkDate } from "@/lib/format/date";
import { StaffRole, VolunteerStatus } from "@/lib/generated/prisma/enums";
import { findVolunteerApplication } from "@/lib/volunteers/admin-volunteers";
import { describeDriving, describeLanguages, placeLabel, statusLabel } from "@/lib/volunteers/options";
import { placeholderParams } from "@/lib/staff/placeholder-params";
import { LondonTime } from "@/components/admin/london-time";

export const metadata: Metadata = { title: "Volunteer application" };
export const instant = false;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export function generateStaticParams() {
  return placeholderParams();
}

const isStatus = (value: unknown): value is VolunteerStatus => typeof value === "string" && value in VolunteerStatus;

export default async function VolunteerApplicationPage({ params, searchParams }: Props) {
  const staff = await requireStaff();
  if (!allowed(staff, StaffRole.ADMIN)) {
    return <AdminsOnly reason="Only admins can see volunteers’ applications: they hold people’s contact details." />;
  }
  const [{ id }, query] = await Promise.all([params, searchParams]);
  // A status posted without script comes back here with its answer kept (lib/forms/kept-answers.ts).
  const [found, answer] = await Promise.all([
    findVolunteerApplication(db, id),
    keptAnswerFor(db, query.answer, { staffId: staff.id, page: `/admin/volunteers/${encodeURIComponent(id)}` }),
  ]);
  if (!found) notFound();
  const { application: a, history } = found;
  const details: [string, React.ReactNode][] = [
    [
      "Email",
      <a key="email" href={`mailto:${a.email}`}>
        {a.email}
      </a>,
    ],
    [
      "Phone",
      a.phone ? (
        <a key="phone" href={`tel:${a.phone.replace(/[^\d+]/g, "")}`}>
          {a.phone}
        </a>
      ) : (
        "Not given"
      ),
    ],
    ["Where", placeLabel(a.place)],
    ["Dates", `${formatUkDate(a.availableFrom)} to ${formatUkDate(a.availableTo)}`],
    ["Languages", describeLanguages(a.languages, a.otherLanguages)],
    ["Driving", describeDriving(a.drivingLicence, a.canDriveVan)],
    [
      "18 or over",
      <span key="adult">
        Confirmed <LondonTime date={a.confirmedAdultAt} format="long" />
      </span>,
    ],
    ["Applied", <LondonTime key="applied" date={a.createdAt} format="long" />],
  ];
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/volunteers">← All applications</Link>
      </p>
      <div>
        <p className="eyebrow">Application to volunteer · {statusLabel(a.status)}</p>
        <h1 className="mt-1 text-4xl font-semibold">{a.name}</h1>
      </div>
      <div className="grid gap-10 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-8">
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[10rem_1fr]">
            {details.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-semibold">{label}</dt>
                <dd className="break-words text-ink-soft">{value}</dd>
              </div>
            ))}
          </dl>
          <section aria-labelledby="note">
            <h2 id="note" className="text-2xl font-semibold">
              Their note
            </h2>
            {a.note ? (
              <p className="mt-2 rounded-2xl bg-white p-5 whitespace-pre-wrap break-words ring-1 ring-ink/10">{a.note}</p>
            ) : (
              <p className="mt-2 text-ink-soft">They didn’t add a note.</p>
            )}
          </section>
        </div>
        <div className="space-y-8">
          <VolunteerStatusForm id={a.id} current={a.status} answer={answer} />
          <section aria-labelledby="history">
            <h2 id="history" className="text-2xl font-semibold">
              History
            </h2>
            <ul className="mt-3 space-y-1 text-ink-soft">
              {history.map((entry) => {
                const d = entry.details as { from?: unknown; to?: unknown } | null;
                return (
                  <li key={entry.id}>
                    <LondonTime date={entry.createdAt} format="long" />: {entry.actor?.email ?? "someone"} moved it from{" "}
                    {isStatus(d?.from) ? statusLabel(d.from) : "?"} to {isStatus(d?.to) ? statusLabel(d.to) : "?"}
                  </li>
                );
              })}
              <li>
                <LondonTime date={a.createdAt} format="long" />: application received
              </li>
            </ul>
          </section>
        </div>
      </div>
    </div>
  );
}
