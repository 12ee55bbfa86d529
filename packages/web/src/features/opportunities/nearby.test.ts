import { describe, expect, it } from 'vitest';
import { boundsAround, compassPoint, groupClose, offsetKm, roundDistance } from './nearby';

const TOKYO_STATION = { lat: 35.6812, lng: 139.7671 };

describe('nearby', () => {
  it('measures east and north offsets in km', () => {
    const { east, north } = offsetKm(TOKYO_STATION, { lat: 35.6902, lng: 139.7671 });
    expect(east).toBeCloseTo(0, 5);
    expect(north).toBeCloseTo(1, 1);
  });

  it('names the direction on an eight-point compass', () => {
    expect(compassPoint(TOKYO_STATION, { lat: 35.7, lng: 139.7671 })).toBe('n');
    expect(compassPoint(TOKYO_STATION, { lat: 35.6812, lng: 139.8 })).toBe('e');
    expect(compassPoint(TOKYO_STATION, { lat: 35.66, lng: 139.74 })).toBe('sw');
    expect(compassPoint(TOKYO_STATION, { lat: 35.7, lng: 139.74 })).toBe('nw');
  });

  it('rounds distances for reading', () => {
    expect(roundDistance(0.04)).toBe(0.1);
    expect(roundDistance(2.345)).toBe(2.3);
    expect(roundDistance(12.6)).toBe(13);
  });
});

describe('map bounds', () => {
  const north = { lat: 35.6961, lng: 139.7633 };
  const south = { lat: 35.6702, lng: 139.7655 };
  const west = { lat: 35.6751, lng: 139.7504 };
  const east = { lat: 35.6895, lng: 139.7802 };

  it('holds every point, south-west corner first', () => {
    expect(boundsAround([north, south, west, east], null)).toEqual([
      [south.lat, west.lng],
      [north.lat, east.lng],
    ]);
  });

  it('is a single point for a single place (the map caps the zoom)', () => {
    expect(boundsAround([north], null)).toEqual([
      [north.lat, north.lng],
      [north.lat, north.lng],
    ]);
  });

  it('holds a whole circle (the distance searched), as far in km east-west as north-south', () => {
    const bounds = boundsAround([east], { ...TOKYO_STATION, radiusKm: 5 })!;
    const [[s, w], [n, e]] = bounds;
    expect(offsetKm(TOKYO_STATION, { lat: n, lng: TOKYO_STATION.lng }).north).toBeCloseTo(5, 5);
    expect(offsetKm(TOKYO_STATION, { lat: s, lng: TOKYO_STATION.lng }).north).toBeCloseTo(-5, 5);
    expect(offsetKm(TOKYO_STATION, { lat: TOKYO_STATION.lat, lng: e }).east).toBeCloseTo(5, 5);
    expect(offsetKm(TOKYO_STATION, { lat: TOKYO_STATION.lat, lng: w }).east).toBeCloseTo(-5, 5);
  });

  it('reaches past the circle to a place outside it', () => {
    const far = { lat: 35.9, lng: 139.7671 };
    const [, [n]] = boundsAround([far], { ...TOKYO_STATION, radiusKm: 1 })!;
    expect(n).toBe(far.lat);
  });

  it('has nothing to show without places or a person', () => {
    expect(boundsAround([], null)).toBeNull();
  });
});

describe('grouping markers that would cover each other', () => {
  it('keeps points apart on their own, in their order', () => {
    expect(
      groupClose(
        [
          { x: 0, y: 0 },
          { x: 100, y: 0 },
          { x: 0, y: 100 },
        ],
        48,
      ),
    ).toEqual([[0], [1], [2]]);
  });

  it('puts points closer than the distance to the first point of a group into that group', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 30, y: 30 },
      { x: 200, y: 0 },
      { x: 0, y: 0 },
      { x: 210, y: 10 },
    ];
    expect(groupClose(points, 48)).toEqual([
      [0, 1, 3],
      [2, 4],
    ]);
  });

  it('leaves every two groups at least the distance apart', () => {
    // A chain of points 30 px apart: each group starts where the last one can no longer reach.
    const chain = Array.from({ length: 8 }, (_, i) => ({ x: i * 30, y: 0 }));
    const groups = groupClose(chain, 48);
    expect(groups).toEqual([
      [0, 1],
      [2, 3],
      [4, 5],
      [6, 7],
    ]);
    const firsts = groups.map((group) => chain[group[0]].x);
    for (let i = 1; i < firsts.length; i++) expect(firsts[i] - firsts[i - 1]).toBeGreaterThanOrEqual(48);
  });

  it('has no groups without points', () => {
    expect(groupClose([], 48)).toEqual([]);
  });
});
