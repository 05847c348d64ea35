/** A point as the map draws it: numbered as in the list. */
export type MapPoint = { id: string; number: number; name: string; latitude: number | null; longitude: number | null; full: boolean };

/** Where the distances were measured from: the searched postcode, or the visitor's location. */
export type MapOrigin = { label: string; latitude: number; longitude: number };

export type MapView = {
  markers: (MapPoint & { latitude: number; longitude: number })[];
  origin: MapOrigin | null;
  /** The corners the map opens on: the origin and its nearest few points, or every point. */
  bounds: [number, number][];
};

/** How many of the nearest points the map shows around a searched postcode when it opens. */
export const NEAREST_IN_VIEW = 3;

/**
 * What the map shows, from the list as the page ordered it (nearest first when there is an
 * origin). Points without a position are left off the map, not guessed; with none to show at
 * all there is no map (null).
 */
export function mapView(points: readonly MapPoint[], origin: MapOrigin | null): MapView | null {
  const markers = points.filter((p): p is MapPoint & { latitude: number; longitude: number } => p.latitude !== null && p.longitude !== null);
  if (markers.length === 0) return null;
  const corner = (p: { latitude: number; longitude: number }): [number, number] => [p.latitude, p.longitude];
  const bounds = origin ? [corner(origin), ...markers.slice(0, NEAREST_IN_VIEW).map(corner)] : markers.map(corner);
  return { markers, origin, bounds };
}
