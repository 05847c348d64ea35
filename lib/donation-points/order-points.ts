import { milesBetween, type LatLng } from "@/lib/geocode/miles-between";

type Orderable = { name: string; address: string; latitude: number | null; longitude: number | null };

const collator = new Intl.Collator("en-GB", { sensitivity: "base", numeric: true });

/** The town: the last line of the address ("37 St George’s Road\nKemp Town\nBrighton" → "Brighton"). */
export function townOf(address: string): string {
  const lines = address
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.at(-1) ?? "";
}

/** By town, then by name: how the list reads when nobody has said where they are. */
export function alphabetically<T extends Pick<Orderable, "name" | "address">>(points: readonly T[]): T[] {
  return [...points].sort((a, b) => collator.compare(townOf(a.address), townOf(b.address)) || collator.compare(a.name, b.name));
}

/**
 * Nearest first, each with its distance in miles. A point whose postcode could not be placed
 * when it was saved has no distance: it comes after all the others, alphabetically, rather than
 * vanishing from the list.
 */
export function nearestFirst<T extends Orderable>(origin: LatLng, points: readonly T[]): (T & { miles: number | null })[] {
  const located: (T & { miles: number })[] = [];
  const unlocated: T[] = [];
  for (const p of points) {
    if (p.latitude === null || p.longitude === null) unlocated.push(p);
    else located.push({ ...p, miles: milesBetween(origin, { latitude: p.latitude, longitude: p.longitude }) });
  }
  located.sort((a, b) => a.miles - b.miles || collator.compare(a.name, b.name));
  return [...located, ...alphabetically(unlocated).map((p) => ({ ...p, miles: null }))];
}
