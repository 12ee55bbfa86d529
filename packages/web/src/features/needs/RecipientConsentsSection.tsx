import { Button, Group, Modal, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { CONSENT_METHODS, RECIPIENT_CONSENT_PURPOSES, type TConsentMethod, type TRecipient } from '@musubi/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { optionalText } from '../../app/forms';
import { DataTable } from '../../ui/DataTable';
import { FormError } from '../../ui/FormError';
import { useFormatters } from '../../ui/format';
import { StatusBadge } from '../../ui/StatusBadge';
import { ProfileSection } from '../volunteers/ProfileSection';
import type { TRecipientConsentPurpose } from './need-form';
import { useRecordRecipientConsent } from './use-needs';

interface ConsentChange {
  purpose: TRecipientConsentPurpose;
  granted: boolean;
}

/**
 * The person's answer per purpose, how it was obtained (in person, by phone, in writing,
 * through someone) and who recorded it; a change is a new answer, the old ones stay.
 */
export function RecipientConsentsSection({ orgId, recipient }: { orgId: string; recipient: TRecipient }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [change, setChange] = useState<ConsentChange | null>(null);
  return (
    <ProfileSection title={t('needs.recipients.consents')} data-testid="recipient-consents">
      <DataTable caption={t('needs.recipients.consents')} captionHidden minWidth={760}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('needs.recipients.consent_purpose')}</Table.Th>
            <Table.Th scope="col">{t('needs.recipients.consent_answer')}</Table.Th>
            <Table.Th scope="col">{t('needs.recipients.consent_recorded')}</Table.Th>
            <Table.Th scope="col">{t('needs.recipients.consent_change')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {RECIPIENT_CONSENT_PURPOSES.map((purpose) => {
            const state = recipient.consents.find((consent) => consent.purpose === purpose);
            return (
              <Table.Tr key={purpose} data-testid={`recipient-consent-${purpose}`}>
                <Table.Th scope="row" fw={500}>
                  {t(`needs.consent_purpose_${purpose}`)}
                  <Text size="sm" fw={400}>
                    {t(`needs.recipients.consent_text_${purpose}`)}
                  </Text>
                </Table.Th>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <StatusBadge color={state ? (state.granted ? 'green' : 'gray') : 'gray'}>
                    {state
                      ? state.granted
                        ? t('needs.recipients.consent_granted')
                        : t('needs.recipients.consent_withdrawn')
                      : t('needs.recipients.consent_none')}
                  </StatusBadge>
                </Table.Td>
                <Table.Td>
                  {state
                    ? t('needs.recipients.consent_recorded_detail', {
                        method: t(`needs.consent_method_${state.method}`),
                        date: format.dateTime(state.recordedAt),
                        name: state.recordedByName ?? '—',
                        version: state.wordingVersion,
                      })
                    : '—'}
                  {state?.note && <Text size="sm">{state.note}</Text>}
                </Table.Td>
                <Table.Td>
                  <Button
                    variant="default"
                    onClick={() => setChange({ purpose, granted: !state?.granted })}
                    data-testid={`recipient-consent-change-${purpose}`}
                  >
                    {state?.granted
                      ? t('needs.recipients.consent_record_withdrawal')
                      : t('needs.recipients.consent_record_grant')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </DataTable>
      {recipient.consentHistory.length > recipient.consents.length && (
        <Text size="sm">{t('needs.recipients.consent_history', { count: recipient.consentHistory.length })}</Text>
      )}
      <ConsentModal orgId={orgId} recipientId={recipient.id} change={change} onClose={() => setChange(null)} />
    </ProfileSection>
  );
}

function ConsentModal({
  orgId,
  recipientId,
  change,
  onClose,
}: {
  orgId: string;
  recipientId: string;
  change: ConsentChange | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordRecipientConsent(orgId, recipientId);
  const [method, setMethod] = useState<TConsentMethod>('phone');
  const [note, setNote] = useState('');
  const close = () => {
    record.reset();
    setNote('');
    onClose();
  };
  const confirm = () =>
    change &&
    record.mutate(
      { ...change, method, note: optionalText(note) ?? null },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('needs.recipients.consent_saved') });
          close();
        },
      },
    );
  return (
    <Modal
      opened={change !== null}
      onClose={close}
      title={
        change?.granted ? t('needs.recipients.consent_record_grant') : t('needs.recipients.consent_record_withdrawal')
      }
      centered
    >
      {change && (
        <Stack>
          <Text>
            {t(change.granted ? 'needs.recipients.consent_grant_body' : 'needs.recipients.consent_withdraw_body', {
              purpose: t(`needs.consent_purpose_${change.purpose}`),
            })}
          </Text>
          <NativeSelect
            label={t('needs.recipients.consent_method')}
            data={CONSENT_METHODS.map((value) => ({ value, label: t(`needs.consent_method_${value}`) }))}
            value={method}
            onChange={(event) => setMethod(event.currentTarget.value as TConsentMethod)}
          />
          <TextInput
            label={t('common.optional', { label: t('needs.recipients.consent_note') })}
            description={t('needs.recipients.consent_note_description')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <FormError error={record.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={record.isPending}>
              {t('common.actions.cancel')}
            </Button>
            <Button loading={record.isPending} onClick={confirm} data-testid="confirm">
              {t('common.actions.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
