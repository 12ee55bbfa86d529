import { describe, expect, it } from 'vitest';
import { compassPoint, offsetKm, plotPosition, roundDistance, sketchScaleKm } from './nearby';

const TOKYO_STATION = { lat: 35.6812, lng: 139.7671 };

describe('nearby sketch', () => {
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

  it('places points on a sketch of the radius, those beyond it on the edge', () => {
    const near = plotPosition(TOKYO_STATION, { lat: 35.6902, lng: 139.7671 }, 2);
    expect(near.x).toBeCloseTo(0, 5);
    expect(near.y).toBeCloseTo(0.5, 1);
    const far = plotPosition(TOKYO_STATION, { lat: 35.6812, lng: 140.5 }, 2);
    expect(far).toEqual({ x: 1, y: 0 });
  });

  it('rounds distances for reading', () => {
    expect(roundDistance(0.04)).toBe(0.1);
    expect(roundDistance(2.345)).toBe(2.3);
    expect(roundDistance(12.6)).toBe(13);
  });

  it('scales the sketch to the farthest point, within the radius searched', () => {
    expect(sketchScaleKm([0.2, 1.4, 2.1], 20)).toBe(3);
    expect(sketchScaleKm([0.3], 5)).toBe(0.5);
    expect(sketchScaleKm([4.9], 3)).toBe(3);
    expect(sketchScaleKm([], 10)).toBe(10);
    expect(sketchScaleKm([150], 500)).toBe(500);
  });
});
