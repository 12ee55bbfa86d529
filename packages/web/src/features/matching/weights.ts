import { MATCHING_FACTORS, type TMatchingFactor, type TMatchingWeights } from '@musubi/shared';

/** The factors whose weight differs from the organization's: what one ranking changes. */
export function weightOverrides(weights: TMatchingWeights, base: TMatchingWeights): Partial<TMatchingWeights> {
  const changed: Partial<TMatchingWeights> = {};
  for (const factor of MATCHING_FACTORS) {
    if (weights[factor] !== base[factor]) changed[factor] = weights[factor];
  }
  return changed;
}

/** Overrides as the candidates query spells them (`languages:5,distance:1`), in factor order; '' for none. */
export function weightsQuery(overrides: Partial<TMatchingWeights>): string {
  return MATCHING_FACTORS.filter((factor) => overrides[factor] !== undefined)
    .map((factor) => `${factor}:${overrides[factor]}`)
    .join(',');
}

/** One factor's weight changed, kept within 0–10 whole numbers. */
export function withWeight(weights: TMatchingWeights, factor: TMatchingFactor, value: number): TMatchingWeights {
  const clamped = Math.min(10, Math.max(0, Math.round(Number.isFinite(value) ? value : 0)));
  return { ...weights, [factor]: clamped };
}

/**
 * What a factor adds to a candidate's total: its weight times its score (0–1), to one
 * decimal; null when the factor does not apply to this need (or weighs nothing).
 */
export function factorPoints(score: number | null, weight: number): number | null {
  if (score === null || weight === 0) return null;
  return Math.round(score * weight * 10) / 10;
}

/** A total to one decimal, as the coordinator reads it. */
export function roundScore(value: number): number {
  return Math.round(value * 10) / 10;
}
