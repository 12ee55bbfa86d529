import { Button, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { CONSENT_PURPOSES, type TConsentPurpose, type TVolunteer } from '@musubi/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { DataTable } from '../../ui/DataTable';
import { useFormatters } from '../../ui/format';
import { StatusBadge } from '../../ui/StatusBadge';
import { ProfileSection } from './ProfileSection';
import { useRecordConsent } from './use-volunteers';

interface ConsentChange {
  purpose: TConsentPurpose;
  granted: boolean;
}

interface ConsentsSectionProps {
  orgId: string;
  volunteer: TVolunteer;
  /** Whether consent changes may be recorded (not on a merged record). */
  editable: boolean;
}

/** The person's current answer per purpose, who recorded it and when; staff record changes the person tells them. */
export function ConsentsSection({ orgId, volunteer, editable }: ConsentsSectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [change, setChange] = useState<ConsentChange | null>(null);
  const record = useRecordConsent(orgId, volunteer.id);

  const close = () => {
    record.reset();
    setChange(null);
  };
  const confirm = () => {
    if (!change) return;
    record.mutate(change, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('volunteers.consent_recorded') });
        close();
      },
    });
  };

  return (
    <ProfileSection title={t('volunteers.sections.consents_current')} data-testid="consents-section">
      <DataTable caption={t('volunteers.consents_caption')} captionHidden minWidth={760}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('volunteers.columns.purpose')}</Table.Th>
            <Table.Th scope="col">{t('volunteers.columns.answer')}</Table.Th>
            <Table.Th scope="col">{t('volunteers.columns.recorded')}</Table.Th>
            <Table.Th scope="col">{t('volunteers.columns.wording_version')}</Table.Th>
            {editable && <Table.Th scope="col">{t('volunteers.columns.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {CONSENT_PURPOSES.map((purpose) => {
            const state = volunteer.consents.find((consent) => consent.purpose === purpose);
            const purposeLabel = t(`participation.consent_${purpose}`);
            return (
              <Table.Tr key={purpose} data-testid={`consent-row-${purpose}`}>
                <Table.Th scope="row" fw={500}>
                  {purposeLabel}
                  <Text c="dimmed" size="sm" fw={400}>
                    {t(`participation.consent_text_${purpose}`)}
                  </Text>
                </Table.Th>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {state ? (
                    <StatusBadge color={state.granted ? 'green' : 'gray'}>
                      {state.granted ? t('volunteers.consent_granted') : t('volunteers.consent_withdrawn')}
                    </StatusBadge>
                  ) : (
                    <StatusBadge color="gray">{t('volunteers.consent_none')}</StatusBadge>
                  )}
                </Table.Td>
                <Table.Td>
                  {state && (
                    <>
                      <Text>{format.dateTime(state.recordedAt)}</Text>
                      <Text c="dimmed" size="sm">
                        {state.recordedByName
                          ? t('volunteers.consent_recorded_by', { name: state.recordedByName })
                          : t('volunteers.consent_by_self')}
                      </Text>
                    </>
                  )}
                </Table.Td>
                <Table.Td>{state?.wordingVersion}</Table.Td>
                {editable && (
                  <Table.Td>
                    <Button
                      variant="default"
                      onClick={() => setChange({ purpose, granted: !state?.granted })}
                      aria-label={t(
                        state?.granted ? 'volunteers.consent_withdraw_for' : 'volunteers.consent_grant_for',
                        {
                          purpose: purposeLabel,
                        },
                      )}
                      data-testid={`consent-change-${purpose}`}
                    >
                      {state?.granted ? t('volunteers.consent_withdraw') : t('volunteers.consent_grant')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </DataTable>
      <ConfirmModal
        opened={change !== null}
        title={change?.granted ? t('volunteers.consent_grant_title') : t('volunteers.consent_withdraw_title')}
        confirmLabel={change?.granted ? t('volunteers.consent_grant') : t('volunteers.consent_withdraw')}
        danger={change?.granted === false}
        loading={record.isPending}
        error={record.error}
        onClose={close}
        onConfirm={confirm}
      >
        {change &&
          (change.granted
            ? t('volunteers.consent_grant_confirm', {
                name: volunteer.name,
                text: t(`participation.consent_text_${change.purpose}`),
              })
            : t('volunteers.consent_withdraw_confirm', {
                name: volunteer.name,
                purpose: t(`participation.consent_${change.purpose}`),
              }))}
      </ConfirmModal>
    </ProfileSection>
  );
}
