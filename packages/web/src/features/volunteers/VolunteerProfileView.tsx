import { List, Text } from '@mantine/core';
import { LOCALE_NATIVE_NAMES, type TSkill, type TVolunteer } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { useCalendarDate, useFormatters } from '../../ui/format';
import { skillName } from '../participation/skill-names';
import { Detail, DetailList, ProfileSection } from './ProfileSection';
import { weekdayName } from './volunteer-display';

interface VolunteerProfileViewProps {
  volunteer: TVolunteer;
  skills: TSkill[];
}

/** The record's contact details, what the person brings, and when they are free. */
export function VolunteerProfileView({ volunteer, skills }: VolunteerProfileViewProps) {
  const { t, i18n } = useTranslation();
  const calendarDate = useCalendarDate();
  const notSet = t('volunteers.not_set');
  const list = (items: string[]) => (items.length > 0 ? items.join(t('volunteers.list_separator')) : notSet);
  const skillNames = volunteer.skillIds.map((id) => {
    const skill = skills.find((item) => item.id === id);
    return skill ? skillName(skill, i18n.language) : t('volunteers.unknown_skill');
  });

  return (
    <>
      <ProfileSection title={t('volunteers.sections.contact')}>
        <DetailList>
          <Detail label={t('volunteers.fields.phone')}>{volunteer.phone ?? notSet}</Detail>
          <Detail label={t('volunteers.fields.email')}>{volunteer.email ?? notSet}</Detail>
          <Detail label={t('volunteers.fields.preferred_channel')}>
            {t(`participation.channel_${volunteer.preferredChannel}`)}
          </Detail>
          {volunteer.preferredChannel === 'email' && (
            <Detail label={t('volunteers.mail_delivery')}>
              {volunteer.mailDigest ? t('volunteers.mail_digest_on') : t('volunteers.mail_digest_off')}
            </Detail>
          )}
          <Detail label={t('volunteers.fields.locale')}>{LOCALE_NATIVE_NAMES[volunteer.locale]}</Detail>
          <Detail label={t('volunteers.fields.postal_code')}>{volunteer.postalCode ?? notSet}</Detail>
          <Detail label={t('volunteers.fields.address')}>{volunteer.address ?? notSet}</Detail>
        </DetailList>
      </ProfileSection>

      <ProfileSection title={t('volunteers.sections.about')}>
        <DetailList>
          <Detail label={t('volunteers.fields.birth_date')}>
            {volunteer.birthDate ? calendarDate(volunteer.birthDate) : notSet}
          </Detail>
          <Detail label={t('volunteers.fields.languages')}>
            {list(volunteer.languages.map((language) => t(`participation.language_${language}`)))}
          </Detail>
          <Detail label={t('volunteers.fields.skills')}>{list(skillNames)}</Detail>
          <Detail label={t('volunteers.fields.interests')}>
            {list(volunteer.interests.map((category) => t(`participation.category_${category}`)))}
          </Detail>
          <Detail label={t('volunteers.fields.accessibility_needs')}>{volunteer.accessibilityNeeds ?? notSet}</Detail>
          <Detail label={t('volunteers.sections.emergency_contact')}>
            {volunteer.emergencyContactName || volunteer.emergencyContactPhone
              ? [
                  volunteer.emergencyContactName,
                  volunteer.emergencyContactRelation && `(${volunteer.emergencyContactRelation})`,
                  volunteer.emergencyContactPhone,
                ]
                  .filter(Boolean)
                  .join(' ')
              : notSet}
          </Detail>
          <Detail label={t('volunteers.fields.notes')}>{volunteer.notes ?? notSet}</Detail>
        </DetailList>
      </ProfileSection>

      <ProfileSection title={t('volunteers.sections.availability')}>
        {volunteer.availability.length === 0 ? (
          <Text>{t('volunteers.availability_none')}</Text>
        ) : (
          <List spacing={4}>
            {volunteer.availability.map((slot) => (
              <List.Item key={`${slot.weekday}-${slot.start}-${slot.end}`}>
                {t('volunteers.availability_slot', {
                  weekday: weekdayName(slot.weekday, i18n.language),
                  start: slot.start,
                  end: slot.end,
                })}
              </List.Item>
            ))}
          </List>
        )}
        {volunteer.availabilityExceptions.length > 0 && (
          <DetailList>
            <Detail label={t('volunteers.availability_exceptions')}>
              {volunteer.availabilityExceptions
                .map((period) =>
                  [
                    t('volunteers.period', { from: calendarDate(period.from), to: calendarDate(period.to) }),
                    period.note,
                  ]
                    .filter(Boolean)
                    .join(' '),
                )
                .join('\n')}
            </Detail>
          </DetailList>
        )}
      </ProfileSection>
    </>
  );
}

/** How the record came to be and who verified the person. */
export function RegistrationSection({ volunteer }: { volunteer: TVolunteer }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const notSet = t('volunteers.not_set');
  return (
    <ProfileSection title={t('volunteers.sections.registration')}>
      <DetailList>
        <Detail label={t('volunteers.columns.registered_via')}>
          {t(`participation.registered_via_${volunteer.registeredVia}`)}
        </Detail>
        <Detail label={t('volunteers.registered_by')}>{volunteer.registeredByName ?? notSet}</Detail>
        <Detail label={t('volunteers.columns.registered_on')}>{format.dateTime(volunteer.createdAt)}</Detail>
        <Detail label={t('volunteers.verified')}>
          {volunteer.verifiedAt
            ? t('volunteers.verified_by', {
                name: volunteer.verifiedByName ?? '—',
                date: format.dateTime(volunteer.verifiedAt),
              })
            : t('volunteers.not_verified')}
        </Detail>
        <Detail label={t('volunteers.columns.status')}>{t(`participation.status_${volunteer.status}`)}</Detail>
        <Detail label={t('volunteers.updated_at')}>{format.dateTime(volunteer.updatedAt)}</Detail>
      </DetailList>
    </ProfileSection>
  );
}
