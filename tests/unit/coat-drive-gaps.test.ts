import { describe, expect, it } from "vitest";
import { driveEndsAt, isPastEndDate, lifetimeUntil, nextEnd } from "@/lib/coat-drives/drive-end";
import { CHOOSE_PHOTO_AGAIN, PHOTO_ALT_MISSING, readDrivePhoto, withPhotoToChooseAgain } from "@/lib/coat-drives/drive-photo";
import { startDriveSchema } from "@/lib/coat-drives/drive-schema";
import { TOKEN_MAX, TOKEN_TOO_LONG, tokenField } from "@/lib/forms/token-field";
import { bodyLimitFor, COAT_WALL_UPLOAD_BODY_LIMIT, COVER_UPLOAD_BODY_LIMIT, PUBLIC_BODY_LIMIT } from "@/lib/http/body-limits";
import { MAX_IMAGE_BYTES } from "@/lib/images/image-limits";
import { solidJpeg } from "../support/image-fixtures";

// The pieces that finish issue #18: a drive's photo from the start form, its end to the second,
// tokens refused rather than cut, and the start form's body limit.

const day = (d: string) => new Date(`${d}T00:00:00Z`);

describe("a drive's end", () => {
  it("is the midnight in London after its last day, in winter and in summer", () => {
    expect(driveEndsAt(day("2026-12-20"))?.toISOString()).toBe("2026-12-21T00:00:00.000Z"); // GMT
    expect(driveEndsAt(day("2027-06-20"))?.toISOString()).toBe("2027-06-20T23:00:00.000Z"); // BST
    expect(driveEndsAt(null)).toBeNull();
    expect(isPastEndDate(day("2027-06-20"), new Date("2027-06-20T22:59:59Z"))).toBe(false);
    expect(isPastEndDate(day("2027-06-20"), new Date("2027-06-20T23:00:00Z"))).toBe(true);
    expect(isPastEndDate(null, new Date("2030-01-01T00:00:00Z"))).toBe(false);
  });

  it("bounds a cached view's life by the next end, expiring it then rather than serving it once more", () => {
    const now = new Date("2026-12-20T22:00:00Z");
    const ends = [driveEndsAt(day("2026-12-25")), null, driveEndsAt(day("2026-12-20")), driveEndsAt(day("2026-12-19"))];
    expect(nextEnd(ends, now)?.toISOString()).toBe("2026-12-21T00:00:00.000Z");
    expect(nextEnd([null], now)).toBeNull();
    // Two hours away: refreshed within the hour as usual, and never served after the end.
    expect(lifetimeUntil(nextEnd(ends, now), now)).toMatchObject({ revalidate: 3600, expire: 7200 });
    // Ten minutes away: expires at the end exactly.
    expect(lifetimeUntil(new Date(now.getTime() + 600_000), now)).toMatchObject({ revalidate: 600, expire: 600 });
    // A minute away: Next.js' shortest lifetime that still prerenders.
    expect(lifetimeUntil(new Date(now.getTime() + 60_000), now)).toMatchObject({ revalidate: 60, expire: 300 });
    expect(lifetimeUntil(null, now)).toBeNull();
  });
});

describe("a drive's photo", () => {
  const photoFile = async () => new File([new Uint8Array(await solidJpeg(1200, 900))], "IMG_0042.jpg", { type: "image/jpeg" });

  it("is optional, and needs a description when chosen", async () => {
    expect(await readDrivePhoto(null, "")).toEqual({ ok: true, image: null });
    expect(await readDrivePhoto(await photoFile(), "")).toEqual({ ok: false, fieldErrors: { photoAlt: PHOTO_ALT_MISSING } });
    const read = await readDrivePhoto(await photoFile(), "Pupils with bags of coats");
    expect(read.ok && read.image?.key).toMatch(/^covers\/[0-9a-f]{32}-1200x900\.webp$/);
  });

  it("is refused, beside its field, when it isn't a photo we can read or is too large", async () => {
    const text = new File(["not a photo"], "photo.jpg", { type: "image/jpeg" });
    expect(await readDrivePhoto(text, "A photo")).toEqual({ ok: false, fieldErrors: { photo: expect.stringMatching(/^That file isn’t a photo we can read/) } });
    const huge = new File([new Uint8Array(MAX_IMAGE_BYTES + 1)], "huge.jpg", { type: "image/jpeg" });
    expect(await readDrivePhoto(huge, "")).toEqual({
      ok: false,
      fieldErrors: { photo: expect.stringMatching(/^That photo is larger than 10 MB/), photoAlt: PHOTO_ALT_MISSING },
    });
  });

  it("must be chosen again after any refusal, since a browser can't put a file back in a form", async () => {
    const file = await photoFile();
    expect(withPhotoToChooseAgain({ status: "error", fieldErrors: { goal: "Enter a number" } }, file).fieldErrors).toEqual({
      goal: "Enter a number",
      photo: CHOOSE_PHOTO_AGAIN,
    });
    expect(withPhotoToChooseAgain({ status: "error", fieldErrors: { photo: "That file is a GIF." } }, file).fieldErrors).toEqual({
      photo: "That file is a GIF.",
    });
    expect(withPhotoToChooseAgain({ status: "error", message: "Nope" }, null)).toEqual({ status: "error", message: "Nope" });
    expect(withPhotoToChooseAgain({ status: "success" }, file)).toEqual({ status: "success" });
  });

  it("is described in one line of up to 200 characters on the start form", () => {
    const base = {
      organiserName: "Jo",
      email: "jo@example.org",
      name: "Elm Road",
      kind: "OTHER",
      goal: "10",
      story: "A story long enough to pass.",
      agree: "on",
    };
    expect(startDriveSchema("2026-12-08").parse(base).photoAlt).toBe("");
    expect(startDriveSchema("2026-12-08").parse({ ...base, photoAlt: "  Coats  by the gate " }).photoAlt).toBe("Coats by the gate");
    expect(startDriveSchema("2026-12-08").safeParse({ ...base, photoAlt: "x".repeat(201) }).success).toBe(false);
  });
});

describe("a token posted back by a link's page", () => {
  const form = (token: string) => {
    const data = new FormData();
    data.set("token", token);
    return data;
  };

  it("is read as it is, up to the limit, and refused beyond it rather than cut", () => {
    const token = "A".repeat(43);
    expect(tokenField(form(token), "token")).toBe(token);
    expect(tokenField(form("x".repeat(TOKEN_MAX)), "token")).toHaveLength(TOKEN_MAX);
    expect(tokenField(form(token + token + token), "token")).toBeNull();
    expect(tokenField(new FormData(), "token")).toBe("");
    // A link's query the same way (the one-click unsubscribe address).
    expect(tokenField(new URLSearchParams({ t: token }), "t")).toBe(token);
    expect(tokenField(new URLSearchParams({ t: token + token + token }), "t")).toBeNull();
    expect(tokenField(new URLSearchParams(), "t")).toBe("");
    // And a page's searchParams (the monthly gift's manage link); a name given twice reads as missing.
    expect(tokenField({ t: token }, "t")).toBe(token);
    expect(tokenField({ t: token + token + token }, "t")).toBeNull();
    expect(tokenField({ t: [token, token] }, "t")).toBe("");
    expect(tokenField({}, "t")).toBe("");
    expect(TOKEN_TOO_LONG).toMatch(/longer than any we send/);
  });
});

describe("the start form's body limit", () => {
  it("takes a photo of up to 10 MB at /coat-drives/start, as the coat wall's upload and the organiser's page do", () => {
    expect(bodyLimitFor("/coat-drives/start", false)).toBe(COAT_WALL_UPLOAD_BODY_LIMIT);
    expect(bodyLimitFor("/coat-drives/edit/abc", false)).toBe(COVER_UPLOAD_BODY_LIMIT);
    expect(bodyLimitFor("/coat-drives/started", false)).toBe(PUBLIC_BODY_LIMIT);
    expect(bodyLimitFor("/coat-drives/edit", false)).toBe(PUBLIC_BODY_LIMIT);
    expect(COAT_WALL_UPLOAD_BODY_LIMIT).toBeGreaterThan(MAX_IMAGE_BYTES);
  });
});
