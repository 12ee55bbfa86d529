import {
  DEFAULT_LOCALE,
  type ExplainContext,
  explainCandidate,
  explainExclusions,
  explainReason,
  matchLocale,
  type TMatchingExclusion,
  type TMatchingReason,
  type TSkill,
} from '@musubi/shared';
import { skillName } from '../participation/skill-names';

/**
 * The names a sentence needs, in the interface language: the organization's skills
 * (other organizations' skills arrive mapped to these) and the person helped.
 */
export function explainContext(
  skills: readonly Pick<TSkill, 'id' | 'names'>[] | undefined,
  language: string,
  recipientName: string | null | undefined,
): ExplainContext {
  return {
    skillNames: new Map((skills ?? []).map((skill) => [skill.id, skillName(skill, language)])),
    recipientName: recipientName ?? null,
  };
}

const localeOf = (language: string) => matchLocale(language) ?? DEFAULT_LOCALE;

/** Why this person, in the interface language: "火曜日に活動可、保険加入済み、…". */
export function candidateSentence(language: string, reasons: readonly TMatchingReason[], ctx: ExplainContext): string {
  return explainCandidate(localeOf(language), reasons, ctx);
}

/** What to weigh before asking (no cover, not free, …), one phrase each. */
export function warningPhrases(language: string, reasons: readonly TMatchingReason[], ctx: ExplainContext): string[] {
  return reasons.filter((r) => r.warning).map((r) => explainReason(localeOf(language), r, ctx));
}

/** Why someone is left out, in the interface language. */
export function exclusionSentence(
  language: string,
  exclusions: readonly TMatchingExclusion[],
  ctx: ExplainContext,
): string {
  return explainExclusions(localeOf(language), exclusions, ctx);
}
