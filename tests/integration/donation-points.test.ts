import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { changeDonationPointStatus } from "@/lib/donation-points/change-point-status";
import { pointFormSchema, pointStatusSchema } from "@/lib/donation-points/point-form-schema";
import { listDonationPointsForAdmin, listPublicDonationPoints } from "@/lib/donation-points/queries";
import { saveDonationPoint } from "@/lib/donation-points/save-point";
import { searchNearby } from "@/lib/donation-points/search-nearby";
import { lookupPostcode } from "@/lib/geocode/lookup-postcode";
import { DEMO_ADMIN_EMAIL, seed } from "../../prisma/seed/seed";
import { FAILING_POSTCODE, knownPostcodes, startFakePostcodes, type FakePostcodes } from "../support/fake-postcodes";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let fake: FakePostcodes;
let actorId: string;
beforeAll(async () => {
  [t, fake] = await Promise.all([createTestDatabase(), startFakePostcodes()]);
  await seed(t.url);
  actorId = (await t.db.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL } })).id;
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => fake.reset());
afterAll(async () => {
  await Promise.all([t.drop(), fake.close()]);
});

// Short timeout: the slow path is proved in geocode.test.ts.
const lookup = (postcode: string) => lookupPostcode(postcode, { baseUrl: fake.url, timeoutMs: 500 });
const form = (fields: Record<string, string>) =>
  pointFormSchema.parse({
    name: "Harbour Chapel",
    address: "  2 Snargate Street \r\n\r\n Dover ",
    postcode: "ct17 9dq",
    openingTimes: "Saturdays, 10am to noon",
    needs: "Coats in any adult size.",
    ...fields,
  });
const status = (fields: Record<string, string | number>) => pointStatusSchema.parse(fields);

describe("the point form", () => {
  it("normalises the postcode and tidies multi-line fields", () => {
    const parsed = form({});
    expect(parsed).toMatchObject({ postcode: "CT17 9DQ", address: "2 Snargate Street\nDover", version: 0 });
    expect(parsed.id).toBeUndefined();
  });

  it("refuses a postcode in the wrong format, an empty name and an address of too many lines", () => {
    const result = pointFormSchema.safeParse({ name: " ", address: "1\n2\n3\n4\n5\n6\n7", postcode: "CT16", openingTimes: "x", needs: "y" });
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((i) => i.path.join("."));
    expect(fields).toEqual(expect.arrayContaining(["name", "address", "postcode"]));
  });
});

describe("saveDonationPoint", () => {
  it("looks the postcode up when a point is added, and records who added it", async () => {
    const saved = await saveDonationPoint(t.db, form({}), actorId, lookup);
    expect(saved).toMatchObject({ ok: true, version: 1, located: true });
    if (!saved.ok) throw new Error("expected a save");
    const row = await t.db.donationPoint.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row).toMatchObject({ name: "Harbour Chapel", postcode: "CT17 9DQ", status: "ACCEPTING", ...knownPostcodes["CT17 9DQ"] });
    expect(fake.requests).toEqual([{ path: "/postcodes/CT17%209DQ", status: 200 }]);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "donation-point.create" } });
    expect(audit).toMatchObject({ actorId, subject: "Harbour Chapel", details: { id: saved.id, postcode: "CT17 9DQ", located: true } });
    // On the public list at once, by town.
    expect((await listPublicDonationPoints(t.db)).map((p) => p.name)).toContain("Harbour Chapel");
  });

  it("refuses a postcode postcodes.io does not know, writing nothing", async () => {
    const before = await t.db.donationPoint.count();
    const audits = await t.db.auditLog.count();
    expect(await saveDonationPoint(t.db, form({ name: "Nowhere Hall", postcode: "ZE9 9ZZ" }), actorId, lookup)).toEqual({
      ok: false,
      reason: "unknown-postcode",
    });
    expect(await t.db.donationPoint.count()).toBe(before);
    expect(await t.db.auditLog.count()).toBe(audits);
  });

  it("saves without coordinates when the lookup is unavailable, and finds them on the next save", async () => {
    fake.down(500);
    const saved = await saveDonationPoint(t.db, form({ name: "Cliff Road Hall", postcode: "SW1A 1AA" }), actorId, lookup);
    expect(saved).toMatchObject({ ok: true, located: false });
    if (!saved.ok) throw new Error("expected a save");
    expect(await t.db.donationPoint.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({ latitude: null, longitude: null });
    expect((await listDonationPointsForAdmin(t.db, "open")).find((p) => p.id === saved.id)).toMatchObject({ located: false });

    fake.healthy();
    const again = await saveDonationPoint(
      t.db,
      form({ id: saved.id, version: String(saved.version), name: "Cliff Road Hall", postcode: "SW1A 1AA" }),
      actorId,
      lookup,
    );
    expect(again).toEqual({ ok: true, id: saved.id, version: 2, located: true });
    expect(await t.db.donationPoint.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject(knownPostcodes["SW1A 1AA"] ?? {});
  });

  it("keeps the coordinates it has when the postcode is unchanged, and looks up a new one", async () => {
    const point = await t.db.donationPoint.findFirstOrThrow({ where: { name: "Harbour Chapel" } });
    const kept = await saveDonationPoint(t.db, form({ id: point.id, version: String(point.version), needs: "Gloves, please." }), actorId, lookup);
    expect(kept).toMatchObject({ ok: true, located: true });
    expect(fake.requests).toEqual([]);
    // The log keeps only what changed, before → after.
    const edit = await t.db.auditLog.findFirstOrThrow({ where: { action: "donation-point.edit" }, orderBy: { createdAt: "desc" } });
    expect(edit.details).toEqual({ id: point.id, located: true, changes: { needs: { from: point.needs, to: "Gloves, please." } } });

    // A new postcode the lookup cannot reach: the old coordinates would be wrong, so they go.
    fake.down(503);
    const moved = await saveDonationPoint(t.db, form({ id: point.id, version: String(point.version + 1), postcode: "CT20 1JR" }), actorId, lookup);
    expect(moved).toMatchObject({ ok: true, located: false });
    expect(await t.db.donationPoint.findUniqueOrThrow({ where: { id: point.id } })).toMatchObject({ postcode: "CT20 1JR", latitude: null, longitude: null });
  });

  it("tells the later of two editors, writing nothing over the first one's save", async () => {
    const point = await t.db.donationPoint.findFirstOrThrow({ where: { name: "Tontine Street Studios" } });
    const opened = String(point.version);
    const first = await saveDonationPoint(
      t.db,
      form({ id: point.id, version: opened, name: point.name, address: point.address, postcode: point.postcode, needs: "Hats and gloves." }),
      actorId,
      lookup,
    );
    expect(first).toMatchObject({ ok: true, version: point.version + 1 });
    const second = await saveDonationPoint(t.db, form({ id: point.id, version: opened, name: "Overwritten", postcode: point.postcode }), actorId, lookup);
    expect(second).toEqual({ ok: false, reason: "conflict" });
    expect(await t.db.donationPoint.findUniqueOrThrow({ where: { id: point.id } })).toMatchObject({
      name: "Tontine Street Studios",
      needs: "Hats and gloves.",
    });
    // Refused before the lookup: a stale form costs postcodes.io nothing.
    expect(fake.requests).toEqual([]);
  });

  it("refuses to save a point that does not exist", async () => {
    expect(await saveDonationPoint(t.db, form({ id: "no-such-point", version: "1" }), actorId, lookup)).toEqual({ ok: false, reason: "not-found" });
  });
});

describe("changeDonationPointStatus", () => {
  it("marks a point full and back, each change bumping the version and audited", async () => {
    const point = await t.db.donationPoint.findFirstOrThrow({ where: { name: "Cathays Welcome Hall" } });
    const full = await changeDonationPointStatus(t.db, status({ id: point.id, version: point.version, to: "FULL" }), actorId);
    expect(full).toEqual({ ok: true, name: point.name, version: point.version + 1, from: "ACCEPTING" });
    expect((await listPublicDonationPoints(t.db)).find((p) => p.id === point.id)?.status).toBe("FULL");
    const back = await changeDonationPointStatus(t.db, status({ id: point.id, version: point.version + 1, to: "ACCEPTING" }), actorId);
    expect(back).toMatchObject({ ok: true, from: "FULL" });
    const actions = await t.db.auditLog.findMany({ where: { subject: point.name }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["donation-point.full", "donation-point.accepting"]);
  });

  it("closes a point, hiding it from the public list but not from staff, and reopens it as accepting", async () => {
    const point = await t.db.donationPoint.findFirstOrThrow({ where: { name: "Digbeth Welcome Hall" } });
    const closed = await changeDonationPointStatus(t.db, status({ id: point.id, version: point.version, to: "CLOSED" }), actorId);
    expect(closed).toMatchObject({ ok: true, from: "ACCEPTING" });
    expect((await listPublicDonationPoints(t.db)).map((p) => p.id)).not.toContain(point.id);
    expect((await listDonationPointsForAdmin(t.db, "closed")).map((p) => p.id)).toEqual([point.id]);
    expect((await listDonationPointsForAdmin(t.db, "all")).at(-1)?.id).toBe(point.id);

    const reopened = await changeDonationPointStatus(t.db, status({ id: point.id, version: point.version + 1, to: "ACCEPTING" }), actorId);
    expect(reopened).toMatchObject({ ok: true, from: "CLOSED" });
    expect((await listPublicDonationPoints(t.db)).find((p) => p.id === point.id)?.status).toBe("ACCEPTING");
    const actions = await t.db.auditLog.findMany({ where: { subject: point.name }, orderBy: { createdAt: "asc" }, select: { action: true, details: true } });
    expect(actions).toEqual([
      { action: "donation-point.close", details: { id: point.id, from: "ACCEPTING", to: "CLOSED" } },
      { action: "donation-point.reopen", details: { id: point.id, from: "CLOSED", to: "ACCEPTING" } },
    ]);
  });

  it("refuses a change made from a stale page, and one to a point that does not exist", async () => {
    const point = await t.db.donationPoint.findFirstOrThrow({ where: { name: "Victoria Road Clothing Bank" } });
    expect(await changeDonationPointStatus(t.db, status({ id: point.id, version: point.version, to: "FULL" }), actorId)).toMatchObject({ ok: true });
    // A colleague's page still shows the old version: their "close" does not silently win.
    expect(await changeDonationPointStatus(t.db, status({ id: point.id, version: point.version, to: "CLOSED" }), actorId)).toEqual({
      ok: false,
      reason: "conflict",
    });
    expect((await t.db.donationPoint.findUniqueOrThrow({ where: { id: point.id } })).status).toBe("FULL");
    expect(await changeDonationPointStatus(t.db, status({ id: "gone", version: 1, to: "CLOSED" }), actorId)).toEqual({ ok: false, reason: "not-found" });
  });

  it("makes an edit form opened before a status change conflict", async () => {
    const point = await t.db.donationPoint.findFirstOrThrow({ where: { name: "St Benedict’s Street Hall" } });
    await changeDonationPointStatus(t.db, status({ id: point.id, version: point.version, to: "FULL" }), actorId);
    const stale = await saveDonationPoint(
      t.db,
      form({ id: point.id, version: String(point.version), name: point.name, postcode: point.postcode }),
      actorId,
      lookup,
    );
    expect(stale).toEqual({ ok: false, reason: "conflict" });
  });
});

describe("searching the seeded points through the fake postcodes.io", () => {
  const allow = async () => ({ ok: true as const });

  it("puts Dover then Folkestone first for a Dover postcode, and never shows a closed point", async () => {
    const points = await listPublicDonationPoints(t.db);
    const result = await searchNearby({ postcode: "CT17 9DQ" }, points, { lookup, allowLookup: allow });
    expect(result.problem).toBeNull();
    expect(result.points.slice(0, 2).map((p) => p.name)).toEqual(["Pencester Road Community Hall", "Tontine Street Studios"]);
    // Harbour Chapel moved to a postcode the lookup could not place (above): listed last, undistanced.
    expect(result.points.at(-1)).toMatchObject({ name: "Harbour Chapel", miles: null });
    expect(result.points.find((p) => p.name === "Digbeth Welcome Hall")).toBeDefined();
    expect(result.points.every((p) => p.status !== ("CLOSED" as string))).toBe(true);
  });

  it("lists every public point, by town, when the lookup fails", async () => {
    const points = await listPublicDonationPoints(t.db);
    const result = await searchNearby({ postcode: FAILING_POSTCODE }, points, { lookup, allowLookup: allow });
    expect(result.problem).toEqual({ kind: "unavailable" });
    expect(result.points).toHaveLength(points.length);
  });
});
