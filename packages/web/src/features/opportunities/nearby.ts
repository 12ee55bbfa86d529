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

/** A distance rounded for reading: 0.1 km steps below 10 km (never "0"), whole km above. */
export function roundDistance(km: number): number {
  return km < 10 ? Math.max(0.1, Math.round(km * 10) / 10) : Math.round(km);
}

/** A box on the map as Leaflet takes it: `[[south, west], [north, east]]`. */
export type TBounds = [[number, number], [number, number]];

/**
 * The smallest box holding every point and, when given, the whole circle of `radiusKm` around a
 * centre, so the map can show all of them at once; null when there is nothing to show. Flat
 * approximation like `offsetKm`: one installation's activities do not straddle the 180th meridian.
 */
export function boundsAround(points: readonly Point[], around: (Point & { radiusKm: number }) | null): TBounds | null {
  const lats = points.map((point) => point.lat);
  const lngs = points.map((point) => point.lng);
  if (around) {
    const latDegrees = around.radiusKm / KM_PER_DEGREE_LAT;
    const lngDegrees = around.radiusKm / (KM_PER_DEGREE_LNG_AT_EQUATOR * Math.cos((around.lat * Math.PI) / 180));
    lats.push(around.lat - latDegrees, around.lat + latDegrees);
    lngs.push(around.lng - lngDegrees, around.lng + lngDegrees);
  }
  if (lats.length === 0) return null;
  return [
    [Math.min(...lats), Math.min(...lngs)],
    [Math.max(...lats), Math.max(...lngs)],
  ];
}

/**
 * Groups points (in screen pixels) so that no two groups are closer than `minDistance`: each point
 * joins the first group whose first point is that close, or starts a new group. Markers drawn at
 * each group's first point then never cover each other, and places in one building stay reachable.
 * Returns the points' indexes per group, in their order.
 */
export function groupClose(points: readonly { x: number; y: number }[], minDistance: number): number[][] {
  const groups: number[][] = [];
  points.forEach((point, index) => {
    const group = groups.find((members) => {
      const first = points[members[0]];
      return Math.hypot(first.x - point.x, first.y - point.y) < minDistance;
    });
    if (group) group.push(index);
    else groups.push([index]);
  });
  return groups;
}
