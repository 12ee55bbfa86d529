import { Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { CONSENT_PURPOSES, type TConsentPurpose, type TMyVolunteerProfile } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../app/messages';
import { useFormatters } from '../../ui/format';
import { useRecordMyConsent } from './use-registration';

/** One switch per purpose: on grants, off withdraws, at once. */
export function ConsentSwitches({ profile }: { profile: TMyVolunteerProfile }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const record = useRecordMyConsent();

  const change = (purpose: TConsentPurpose, granted: boolean) => {
    const label = t(`participation.consent_${purpose}`);
    record.mutate(
      { volunteerId: profile.volunteerId, purpose, granted },
      {
        onSuccess: () =>
          notifications.show({
            color: 'green',
            message: granted
              ? t('registration.me.consent_granted_done', { purpose: label, orgName: profile.orgName })
              : t('registration.me.consent_withdrawn_done', { purpose: label, orgName: profile.orgName }),
          }),
        onError: (error) => notifications.show({ color: 'red', message: describeError(error) }),
      },
    );
  };

  return (
    <Stack gap="lg">
      {CONSENT_PURPOSES.map((purpose) => {
        const state = profile.consents.find((consent) => consent.purpose === purpose);
        const granted = state?.granted ?? false;
        const pending =
          record.isPending &&
          record.variables?.volunteerId === profile.volunteerId &&
          record.variables.purpose === purpose;
        return (
          <Stack key={purpose} gap={4}>
            <Switch
              size="lg"
              checked={granted}
              disabled={pending}
              onChange={(event) => change(purpose, event.currentTarget.checked)}
              label={
                <Text span fw={700} inherit>
                  {t(`participation.consent_${purpose}`)}
                </Text>
              }
              description={
                <>
                  <Text span display="block" c="var(--mantine-color-text)" inherit>
                    {t(`participation.consent_text_${purpose}`)}
                  </Text>
                  <Text span display="block" mt={4} inherit>
                    {granted ? t('registration.me.consent_given') : t('registration.me.consent_not_given')}
                    {state &&
                      ` ${
                        state.recordedByName
                          ? t('registration.me.recorded_by', {
                              date: format.date(state.recordedAt),
                              name: state.recordedByName,
                            })
                          : t('registration.me.recorded_on', { date: format.date(state.recordedAt) })
                      }`}
                  </Text>
                </>
              }
              data-testid={`my-consent-${purpose}`}
            />
          </Stack>
        );
      })}
    </Stack>
  );
}
