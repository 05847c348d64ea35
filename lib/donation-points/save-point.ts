import type { Db } from "@/lib/db";
import { changedFields } from "@/lib/audit/changed-fields";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PostcodeLookup } from "@/lib/geocode/lookup-postcode";
import type { PointForm } from "./point-form-schema";

/** The fields staff edit, compared for the audit log. */
const pointFields = ["name", "address", "postcode", "openingTimes", "needs"] as const;
const pointFieldsSelect = { name: true, address: true, postcode: true, openingTimes: true, needs: true } as const;

/** What staff are told when a point was saved without coordinates. */
export const UNLOCATED_MESSAGE =
  "the postcode lookup wasn’t available, so this point has no map position yet. It is listed on the public page, but after the others when visitors search by distance. Save it again later to look the postcode up once more.";

export type SavePointOutcome =
  /** `located`: false when the postcode lookup was unavailable and the point has no coordinates. */
  { ok: true; id: string; version: number; located: boolean } | { ok: false; reason: "conflict" | "not-found" | "unknown-postcode" };

/**
 * Adds or edits a drop-off point. Its coordinates are looked up when it is new, when its
 * postcode changes, or when an earlier lookup failed. A postcode postcodes.io does not know is
 * refused (nothing written); a lookup that is unavailable does not stop the save: the point is
 * kept without coordinates (listed after the others in distance order) until it is saved again.
 * An edit carries the version it was made from: if someone saved in between, nothing is
 * written. The lookup happens before the transaction, so no database connection waits on it.
 */
export async function saveDonationPoint(
  db: Db,
  form: PointForm,
  actorId: string,
  lookup: (postcode: string) => Promise<PostcodeLookup>,
): Promise<SavePointOutcome> {
  const before = form.id
    ? await db.donationPoint.findUnique({ where: { id: form.id }, select: { version: true, latitude: true, longitude: true, ...pointFieldsSelect } })
    : null;
  if (form.id && !before) return { ok: false, reason: "not-found" };
  // Stale before we even ask postcodes.io: say so at once.
  if (before && before.version !== form.version) return { ok: false, reason: "conflict" };

  let coordinates: { latitude: number | null; longitude: number | null };
  if (before && before.postcode === form.postcode && before.latitude !== null && before.longitude !== null) {
    coordinates = { latitude: before.latitude, longitude: before.longitude };
  } else {
    const found = await lookup(form.postcode);
    if (!found.ok && found.reason !== "unavailable") return { ok: false, reason: "unknown-postcode" };
    coordinates = found.ok ? { latitude: found.latitude, longitude: found.longitude } : { latitude: null, longitude: null };
  }
  const located = coordinates.latitude !== null;
  const fields = { name: form.name, address: form.address, postcode: form.postcode, openingTimes: form.openingTimes, needs: form.needs, ...coordinates };

  return db.$transaction(async (tx) => {
    if (!form.id) {
      const created = await tx.donationPoint.create({ data: fields, select: { id: true, version: true } });
      await recordAudit(tx, { actorId, action: "donation-point.create", subject: form.name, details: { id: created.id, postcode: form.postcode, located } });
      return { ok: true as const, id: created.id, version: created.version, located };
    }
    const { count } = await tx.donationPoint.updateMany({ where: { id: form.id, version: form.version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) return { ok: false as const, reason: "conflict" as const };
    const changes = before ? changedFields(before, fields, pointFields) : {};
    await recordAudit(tx, { actorId, action: "donation-point.edit", subject: form.name, details: { id: form.id, changes, located } });
    return { ok: true as const, id: form.id, version: form.version + 1, located };
  });
}
