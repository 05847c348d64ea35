/** A point on the Earth, in decimal degrees (WGS 84, as postcodes.io and browsers give them). */
export type LatLng = { latitude: number; longitude: number };

/** The Earth's mean radius in miles (6,371 km). */
const EARTH_RADIUS_MILES = 3958.7613;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * The great-circle distance between two points in miles, by the haversine formula: as the crow
 * flies, which is what “nearest” means on a list of drop-off points. Within 0.5% of the true
 * (ellipsoidal) distance, far finer than anyone walking to a church hall needs.
 */
export function milesBetween(a: LatLng, b: LatLng): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLng = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLng / 2) ** 2;
  // min(1, …): rounding can push h a hair above 1 for antipodal points, and asin(>1) is NaN.
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}
