/** Distances people can choose for "near me", in km. */
export const RADII_KM = [1, 3, 5, 10, 20] as const;

export interface Point {
  lat: number;
  lng: number;
}

export const COMPASS_POINTS = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'] as const;
export type TCompassPoint = (typeof COMPASS_POINTS)[number];

const KM_PER_DEGREE_LAT = 110.57;
const KM_PER_DEGREE_LNG_AT_EQUATOR = 111.32;

/** East and north offsets in km of `to` from `from` (a flat approximation, fine within a city). */
export function offsetKm(from: Point, to: Point): { east: number; north: number } {
  const east = (to.lng - from.lng) * KM_PER_DEGREE_LNG_AT_EQUATOR * Math.cos((from.lat * Math.PI) / 180);
  const north = (to.lat - from.lat) * KM_PER_DEGREE_LAT;
  return { east, north };
}

/** The direction of `to` seen from `from`, as one of eight compass points. */
export function compassPoint(from: Point, to: Point): TCompassPoint {
  const { east, north } = offsetKm(from, to);
  const degrees = ((Math.atan2(east, north) * 180) / Math.PI + 360) % 360;
  return COMPASS_POINTS[Math.round(degrees / 45) % 8];
}

/**
 * Where to draw `to` on a sketch centred on `from` whose edge is `radiusKm` away: x to the east and
 * y to the north, both within -1..1 (a point beyond the edge is drawn on it).
 */
export function plotPosition(from: Point, to: Point, radiusKm: number): { x: number; y: number } {
  const { east, north } = offsetKm(from, to);
  let x = east / radiusKm;
  let y = north / radiusKm;
  const length = Math.hypot(x, y);
  if (length > 1) {
    x /= length;
    y /= length;
  }
  return { x, y };
}

/** A distance rounded for reading: 0.1 km steps below 10 km (never "0"), whole km above. */
export function roundDistance(km: number): number {
  return km < 10 ? Math.max(0.1, Math.round(km * 10) / 10) : Math.round(km);
}

const SCALE_STEPS_KM = [0.5, 1, 2, 3, 5, 10, 20, 50, 100];

/**
 * The distance the sketch's edge stands for: the smallest round step that holds the farthest
 * point, so points near each other are not drawn on top of each other; never beyond the radius searched.
 */
export function sketchScaleKm(distancesKm: readonly number[], radiusKm: number): number {
  if (distancesKm.length === 0) return radiusKm;
  const farthest = Math.max(...distancesKm);
  const step = SCALE_STEPS_KM.find((km) => km >= farthest) ?? radiusKm;
  return Math.min(step, radiusKm);
}
