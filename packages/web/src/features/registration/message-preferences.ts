import type { TContactChannel, TLocale, TMyMessagePreferences, TMyVolunteerProfile } from '@musubi/shared';

/** How one organization reaches the person, as the inputs hold it. */
export interface MessagePreferenceValues {
  preferredChannel: TContactChannel;
  mailDigest: boolean;
  locale: TLocale;
}

export function preferencesOf(profile: TMyVolunteerProfile): MessagePreferenceValues {
  return { preferredChannel: profile.preferredChannel, mailDigest: profile.mailDigest, locale: profile.locale };
}

/** Only what differs from the record as loaded: the PATCH body (empty when nothing changed). */
export function changedPreferences(
  profile: TMyVolunteerProfile,
  values: MessagePreferenceValues,
): TMyMessagePreferences {
  const saved = preferencesOf(profile);
  const changes: TMyMessagePreferences = {};
  if (values.preferredChannel !== saved.preferredChannel) changes.preferredChannel = values.preferredChannel;
  if (values.mailDigest !== saved.mailDigest) changes.mailDigest = values.mailDigest;
  if (values.locale !== saved.locale) changes.locale = values.locale;
  return changes;
}
