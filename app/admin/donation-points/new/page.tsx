import type { Metadata } from "next";
import Link from "next/link";
import { PointEditor } from "@/app/admin/donation-points/point-editor";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { pointEditorPath } from "@/lib/donation-points/point-form-schema";
import { keptAnswerFor } from "@/lib/forms/kept-answers";
import { UNLOCATED_MESSAGE } from "@/lib/donation-points/save-point";

export const metadata: Metadata = { title: "Add a drop-off point" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewDonationPoint({ searchParams }: Props) {
  const staff = await requireStaff();
  // A post without script that was refused comes back here with its answer kept, everything typed included.
  const answer = await keptAnswerFor(db, (await searchParams).answer, { staffId: staff.id, page: pointEditorPath(undefined) });
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/donation-points">All drop-off points</Link>
      </p>
      <h1 className="text-4xl font-semibold">Add a drop-off point</h1>
      <p className="max-w-prose text-ink-soft">
        It appears on the public page as accepting coats as soon as you add it. You can mark it full or close it afterwards.
      </p>
      <PointEditor
        answer={answer}
        located
        unlocatedMessage={UNLOCATED_MESSAGE}
        point={{ version: 0, name: "", address: "", postcode: "", openingTimes: "", needs: "" }}
      />
    </div>
  );
}
