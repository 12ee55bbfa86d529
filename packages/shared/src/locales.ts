import { z } from 'zod';

/** The languages Musubi speaks, as BCP-47 tags. Japanese is the source language. */
export const LOCALES = ['ja', 'en', 'zh-CN', 'ko'] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = 'ja';

export const ZLocale = z.enum(LOCALES);

/** Names of each language in itself, for the language switcher. */
export const LOCALE_NATIVE_NAMES: Record<TLocale, string> = {
  ja: '日本語',
  en: 'English',
  'zh-CN': '简体中文',
  ko: '한국어',
};

/** Maps any BCP-47 tag to one of ours, or undefined (zh-Hans-CN → zh-CN, ja-JP → ja). */
export function matchLocale(tag: string | undefined | null): TLocale | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase();
  if (lower === '' || lower === '*') return undefined;
  const primary = lower.split(/[-_]/)[0];
  if (primary === 'zh') {
    // Traditional Chinese is not offered; Simplified is still the closest we have.
    return 'zh-CN';
  }
  return LOCALES.find((l) => l.toLowerCase() === primary);
}

/** Picks the best locale from an Accept-Language header (weights respected). */
export function negotiateLocale(acceptLanguage: string | undefined | null): TLocale | undefined {
  if (!acceptLanguage) return undefined;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag, weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const entry of ranked) {
    const match = matchLocale(entry.tag);
    if (match) return match;
  }
  return undefined;
}
