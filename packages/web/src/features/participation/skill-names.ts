import { LOCALES, matchLocale, type TSkill } from '@musubi/shared';

/**
 * A skill's name in the interface language, else in the first of our languages that
 * has one (Japanese first): a coordinator may have named it in one language only.
 */
export function skillName(skill: Pick<TSkill, 'names'>, language: string): string {
  const locale = matchLocale(language);
  const own = locale ? skill.names[locale] : undefined;
  if (own) return own;
  for (const other of LOCALES) {
    const name = skill.names[other];
    if (name) return name;
  }
  return '';
}
