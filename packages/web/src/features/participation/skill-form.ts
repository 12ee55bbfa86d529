import { LOCALES, type TLocale, type TSkill } from '@musubi/shared';

export type SkillNames = Record<TLocale, string>;

/** The names as the form holds them: one text input per language, empty where there is none. */
export function skillNamesToValues(skill: Pick<TSkill, 'names'> | null): SkillNames {
  return Object.fromEntries(LOCALES.map((locale) => [locale, skill?.names[locale] ?? ''])) as SkillNames;
}

/** A cleared language clears its name (null); at least one must remain (the contract checks). */
export function skillNamesToRequest(names: SkillNames): Record<TLocale, string | null> {
  return Object.fromEntries(
    LOCALES.map((locale) => {
      const name = names[locale].trim();
      return [locale, name === '' ? null : name];
    }),
  ) as Record<TLocale, string | null>;
}
