import { describe, expect, it } from "vitest";
import { mapView, NEAREST_IN_VIEW, type MapPoint } from "@/lib/donation-points/map-view";
import { alphabetically, nearestFirst, townOf } from "@/lib/donation-points/order-points";
import { searchNearby } from "@/lib/donation-points/search-nearby";
import { formatMiles } from "@/lib/format/miles";
import type { PostcodeLookup } from "@/lib/geocode/lookup-postcode";
import { milesBetween } from "@/lib/geocode/miles-between";

const dover = { latitude: 51.1271, longitude: 1.3117 };
const folkestone = { latitude: 51.0815, longitude: 1.1847 };
const london = { latitude: 51.5074, longitude: -0.1278 };
const paris = { latitude: 48.8566, longitude: 2.3522 };

describe("milesBetween", () => {
  it("measures great-circle distances in miles", () => {
    // London to Paris is 343.5 km (213.4 miles) as the crow flies.
    expect(milesBetween(london, paris)).toBeCloseTo(213.4, 0);
    // The seeded Dover and Folkestone points, about 6.3 miles apart.
    expect(milesBetween(dover, folkestone)).toBeCloseTo(6.35, 1);
  });

  it("is zero from a point to itself, the same both ways, and finite for antipodes", () => {
    expect(milesBetween(dover, dover)).toBe(0);
    expect(milesBetween(dover, london)).toBeCloseTo(milesBetween(london, dover), 10);
    // Half the Earth's circumference: π × 3958.76 miles.
    expect(milesBetween({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(Math.PI * 3958.7613, 3);
  });

  it("handles the date line and the poles", () => {
    expect(milesBetween({ latitude: 0, longitude: 179.5 }, { latitude: 0, longitude: -179.5 })).toBeCloseTo(69.1, 1);
    expect(milesBetween({ latitude: 90, longitude: 0 }, { latitude: 90, longitude: 123 })).toBeCloseTo(0, 6);
  });
});

describe("formatMiles", () => {
  it.each([
    [6.43, "6.4 miles"],
    [0.04, "0.0 miles"],
    [0.96, "1.0 mile"],
    [1.05, "1.1 miles"],
    [12, "12.0 miles"],
    [1234.56, "1,234.6 miles"],
  ])("%d → %s", (miles, shown) => {
    expect(formatMiles(miles)).toBe(shown);
  });
});

const point = (name: string, address: string, at: { latitude: number; longitude: number } | null) => ({
  name,
  address,
  latitude: at?.latitude ?? null,
  longitude: at?.longitude ?? null,
});

const points = [
  point("Mare Street Welcome Centre", "212 Mare Street\nHackney\nLondon", { latitude: 51.5452, longitude: -0.0557 }),
  point("Tontine Street Studios", "63 Tontine Street\nFolkestone", folkestone),
  point("Unplaced Hall", "1 High Street\nAshford", null),
  point("Pencester Road Community Hall", "14 Pencester Road\nDover", dover),
  point("Another Unplaced Hall", "2 High Street\nAshford", null),
  point("Coldharbour Lane Community Kitchen", "88 Coldharbour Lane\nBrixton\nLondon", { latitude: 51.4631, longitude: -0.1116 }),
];

describe("ordering points", () => {
  it("finds the town on the address's last line", () => {
    expect(townOf("37 St George’s Road\nKemp Town\nBrighton")).toBe("Brighton");
    expect(townOf("Brighton\n\n  ")).toBe("Brighton");
    expect(townOf("")).toBe("");
  });

  it("lists alphabetically by town, then by name", () => {
    expect(alphabetically(points).map((p) => p.name)).toEqual([
      "Another Unplaced Hall",
      "Unplaced Hall",
      "Pencester Road Community Hall",
      "Tontine Street Studios",
      "Coldharbour Lane Community Kitchen",
      "Mare Street Welcome Centre",
    ]);
  });

  it("puts the nearest first, with distances, and points without a map position last", () => {
    const fromDover = nearestFirst({ latitude: 51.1236, longitude: 1.3003 }, points);
    expect(fromDover.map((p) => p.name)).toEqual([
      "Pencester Road Community Hall",
      "Tontine Street Studios",
      "Coldharbour Lane Community Kitchen",
      "Mare Street Welcome Centre",
      "Another Unplaced Hall",
      "Unplaced Hall",
    ]);
    expect(fromDover[0]?.miles).toBeLessThan(1);
    expect(fromDover[1]?.miles).toBeCloseTo(6, 0);
    expect(fromDover.slice(-2).map((p) => p.miles)).toEqual([null, null]);
    // Ascending throughout.
    const miles = fromDover.flatMap((p) => (p.miles === null ? [] : [p.miles]));
    expect(miles).toEqual([...miles].sort((a, b) => a - b));
  });

  it("does not reorder or change the list it is given", () => {
    const before = points.map((p) => p.name);
    nearestFirst(dover, points);
    alphabetically(points);
    expect(points.map((p) => p.name)).toEqual(before);
    expect(points[0]).not.toHaveProperty("miles");
  });
});

describe("searchNearby", () => {
  const found = (postcode: string, at: { latitude: number; longitude: number }): PostcodeLookup => ({ ok: true, postcode, ...at });
  const calls: string[] = [];
  const deps = (answer: PostcodeLookup, allowed = true) => ({
    lookup: async (postcode: string) => {
      calls.push(postcode);
      return answer;
    },
    allowLookup: async () => (allowed ? { ok: true as const } : { ok: false as const, retryAfterSeconds: 240 }),
  });
  const names = (r: { points: { name: string }[] }) => r.points.map((p) => p.name);
  const byTown = alphabetically(points).map((p) => p.name);

  it("lists every point by town when nothing is asked", async () => {
    const result = await searchNearby({}, points, deps(found("CT17 9DQ", dover)));
    expect(result).toMatchObject({ postcode: "", origin: null, problem: null });
    expect(names(result)).toEqual(byTown);
    expect(result.points.every((p) => p.miles === null)).toBe(true);
  });

  it("sorts by distance from a postcode, normalising what was typed", async () => {
    calls.length = 0;
    const result = await searchNearby({ postcode: " ct17 9dq " }, points, deps(found("CT17 9DQ", { latitude: 51.1236, longitude: 1.3003 })));
    expect(calls).toEqual(["CT17 9DQ"]);
    expect(result).toMatchObject({
      postcode: "CT17 9DQ",
      origin: { kind: "postcode", postcode: "CT17 9DQ", latitude: 51.1236, longitude: 1.3003 },
      problem: null,
    });
    expect(names(result).slice(0, 2)).toEqual(["Pencester Road Community Hall", "Tontine Street Studios"]);
  });

  it("refuses a malformed postcode without a lookup, keeps what was typed and lists everything", async () => {
    calls.length = 0;
    for (const typed of ["CT16", "not a postcode", "", `CT16 1BW ${"and then some words".repeat(3)}`]) {
      const result = await searchNearby({ postcode: typed }, points, deps(found("CT16 1BW", dover)));
      expect(result).toMatchObject({ postcode: typed, origin: null, problem: { kind: "invalid-postcode" } });
      expect(names(result)).toEqual(byTown);
    }
    expect(calls).toEqual([]);
  });

  it("tells an unknown postcode from an unavailable lookup, listing everything either way", async () => {
    const unknown = await searchNearby({ postcode: "ZE9 9ZZ" }, points, deps({ ok: false, reason: "not-found" }));
    expect(unknown).toMatchObject({ postcode: "ZE9 9ZZ", problem: { kind: "unknown-postcode" } });
    expect(names(unknown)).toEqual(byTown);
    const down = await searchNearby({ postcode: "CT16 1BW" }, points, deps({ ok: false, reason: "unavailable" }));
    expect(down).toMatchObject({ postcode: "CT16 1BW", origin: null, problem: { kind: "unavailable" } });
    expect(names(down)).toEqual(byTown);
  });

  it("makes no lookup over the limit, and says when to try again", async () => {
    calls.length = 0;
    const result = await searchNearby({ postcode: "CT16 1BW" }, points, deps(found("CT16 1BW", dover), false));
    expect(result).toMatchObject({ problem: { kind: "rate-limited", retryAfterSeconds: 240 } });
    expect(names(result)).toEqual(byTown);
    expect(calls).toEqual([]);
  });

  it("sorts by a browser's coordinates, and refuses ones that are not", async () => {
    calls.length = 0;
    const near = await searchNearby({ lat: "51.082", lng: "1.185" }, points, deps(found("X", dover)));
    expect(near).toMatchObject({ origin: { kind: "location", latitude: 51.082, longitude: 1.185 }, problem: null });
    expect(names(near)[0]).toBe("Tontine Street Studios");
    expect(calls).toEqual([]);
    for (const [lat, lng] of [
      ["91", "0"],
      ["51.1", "181"],
      ["abc", "1"],
      ["51.1", undefined],
      ["1e2", "0"],
      ["", ""],
    ]) {
      const result = await searchNearby({ lat, lng }, points, deps(found("X", dover)));
      expect(result.problem, `${lat},${lng}`).toEqual({ kind: "invalid-location" });
      expect(names(result)).toEqual(byTown);
    }
  });
});

describe("mapView", () => {
  const point = (number: number, at: { latitude: number; longitude: number } | null, full = false): MapPoint => ({
    id: `p${number}`,
    number,
    name: `Point ${number}`,
    latitude: at?.latitude ?? null,
    longitude: at?.longitude ?? null,
    full,
  });

  it("draws every point that has a position, numbered as the list, and opens on all of them", () => {
    const view = mapView([point(1, london), point(2, null), point(3, dover, true)], null);
    expect(view?.markers.map((m) => [m.number, m.full])).toEqual([
      [1, false],
      [3, true],
    ]);
    expect(view?.bounds).toEqual([
      [london.latitude, london.longitude],
      [dover.latitude, dover.longitude],
    ]);
    expect(view?.origin).toBeNull();
  });

  it("around a searched place, opens on it and its nearest few points", () => {
    const origin = { label: "Your postcode, CT17 9DQ", latitude: 51.1236, longitude: 1.3003 };
    const points = [point(1, dover), point(2, folkestone), point(3, null), point(4, london), point(5, paris)];
    const view = mapView(points, origin);
    expect(view?.markers).toHaveLength(4);
    expect(view?.bounds).toEqual([[origin.latitude, origin.longitude], ...[dover, folkestone, london].map((p) => [p.latitude, p.longitude])]);
    expect(view?.bounds).toHaveLength(NEAREST_IN_VIEW + 1);
  });

  it("draws no map when no point has a position", () => {
    expect(mapView([point(1, null)], null)).toBeNull();
    expect(mapView([], { label: "Your location", ...dover })).toBeNull();
  });
});
