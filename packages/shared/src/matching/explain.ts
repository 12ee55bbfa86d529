import type { TMatchingExclusion, TMatchingReason } from '../contracts/matching.contract';
import { translate } from '../i18n';
import type { TLocale } from '../locales';

/** Names the renderer cannot know by itself: skills of the organization, the recipient. */
export interface ExplainContext {
  /** Skill id → its name in the reader's language. */
  skillNames?: ReadonlyMap<string, string>;
  /** The person helped, for "helped Mrs. Sato twice". */
  recipientName?: string | null;
}

const listFormats = new Map<TLocale, Intl.ListFormat>();

function list(locale: TLocale, items: readonly string[]): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

const dateFormats = new Map<TLocale, Intl.DateTimeFormat>();

function shortDate(locale: TLocale, date: string): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', weekday: 'short', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

function skillList(locale: TLocale, ids: unknown, ctx: ExplainContext): string {
  return list(
    locale,
    strings(ids).map((id) => ctx.skillNames?.get(id) ?? '?'),
  );
}

/** One reason in the reader's language ("speaks Chinese", "1.2 km away"). */
export function explainReason(locale: TLocale, r: TMatchingReason, ctx: ExplainContext = {}): string {
  const p = r.params;
  switch (r.code) {
    case 'has_skills':
      return translate(locale, 'matching.reason_has_skills', { skills: skillList(locale, p.skillIds, ctx) });
    case 'speaks':
    case 'speaks_none':
      return translate(locale, `matching.reason_${r.code}`, {
        languages: list(
          locale,
          strings(p.languages).map((l) => translate(locale, `participation.language_${l}`)),
        ),
      });
    case 'free_on':
      return translate(locale, 'matching.reason_free_on', {
        days: list(locale, [
          ...strings(p.weekdays).map((d) => translate(locale, `matching.weekday_${d}`)),
          ...strings(p.dates).map((d) => shortDate(locale, d)),
        ]),
      });
    case 'away':
      return translate(locale, 'matching.reason_away', {
        from: shortDate(locale, String(p.from)),
        to: shortDate(locale, String(p.to)),
      });
    case 'helped_before': {
      const key = Number(p.welcomed) > 0 ? 'matching.reason_helped_before_welcomed' : 'matching.reason_helped_before';
      return translate(locale, key, {
        recipient: ctx.recipientName || translate(locale, 'matching.recipient_unnamed'),
        count: Number(p.count),
      });
    }
    case 'gender_match':
      return translate(locale, 'matching.reason_gender_match', {
        gender: translate(locale, `matching.gender_${p.gender}`),
      });
    case 'gender_other':
    case 'gender_unknown':
      return translate(locale, `matching.reason_${r.code}`, {
        wanted: translate(locale, `matching.gender_${p.wanted}`),
      });
    case 'interested':
      return translate(locale, 'matching.reason_interested', {
        categories: list(
          locale,
          strings(p.categories).map((c) => translate(locale, `participation.category_${c}`)),
        ),
      });
    default:
      return translate(locale, `matching.reason_${r.code}`, p as Record<string, string | number>);
  }
}

/** All reasons as one sentence: "speaks Chinese, 1.2 km away, free on Tuesdays, helped Mrs. Sato twice". */
export function explainCandidate(
  locale: TLocale,
  reasons: readonly TMatchingReason[],
  ctx: ExplainContext = {},
): string {
  return reasons.map((r) => explainReason(locale, r, ctx)).join(translate(locale, 'matching.separator'));
}

/** Why a candidate is left out, as one sentence ("lacks a care qualification, withdrew consent to be contacted"). */
export function explainExclusions(
  locale: TLocale,
  exclusions: readonly TMatchingExclusion[],
  ctx: ExplainContext = {},
): string {
  return exclusions
    .map((e) => {
      switch (e.code) {
        case 'NOT_ACTIVE':
          return translate(locale, 'matching.exclusion_NOT_ACTIVE', {
            status: translate(locale, `participation.status_${e.params.status}`),
          });
        case 'NOT_QUALIFIED':
          return translate(locale, 'matching.exclusion_NOT_QUALIFIED', {
            skills: skillList(locale, e.params.skillIds, ctx),
          });
        case 'LIMIT_REACHED':
          return translate(locale, `matching.exclusion_LIMIT_REACHED_${e.params.period}`, {
            max: Number(e.params.max),
          });
        default:
          return translate(locale, `matching.exclusion_${e.code}`);
      }
    })
    .join(translate(locale, 'matching.separator'));
}
