import { Button, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { TLedgerAccount, TLedgerTransfer } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/FormError';
import { ledgerApi } from './ledger.api';
import { formatMinutes, toMinutes } from './ledger-display';
import { MinutesFields } from './MinutesFields';
import {
  useIdempotencyKey,
  useLedgerAccounts,
  useLedgerBeneficiaries,
  useLedgerRules,
  useLedgerWrite,
} from './use-ledger';

export type TFlow = 'spend' | 'donate' | 'gift' | 'adjust';

interface Values {
  hours: number | string;
  minutes: number | string;
  direction: 'credit' | 'debit';
  text: string;
  toAccountId: string | null;
  beneficiaryId: string | null;
}

/**
 * One flow on an account (spend, donation, gift, adjustment), with its memo or
 * reason. The idempotency key stays the same across retries of this form, so
 * a lost answer never books twice.
 */
export function TransferForm({
  orgId,
  account,
  flow,
  onDone,
}: {
  orgId: string;
  account: TLedgerAccount;
  flow: TFlow;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [idempotencyKey, renewKey] = useIdempotencyKey();
  const rules = useLedgerRules(orgId);
  const members = useLedgerAccounts(orgId, '');
  const beneficiaries = useLedgerBeneficiaries(orgId);
  const exchange = rules.data?.mode === 'mutual_exchange';
  const write = useLedgerWrite(orgId, (values: Values): Promise<TLedgerTransfer> => {
    const amount = toMinutes(values.hours, values.minutes);
    const memo = values.text.trim() || undefined;
    if (flow === 'spend') {
      return ledgerApi.spend(orgId, {
        idempotencyKey,
        fromAccountId: account.id,
        toAccountId: exchange ? (values.toAccountId ?? undefined) : undefined,
        minutes: amount,
        memo,
      });
    }
    if (flow === 'donate')
      return ledgerApi.donate(orgId, { idempotencyKey, fromAccountId: account.id, minutes: amount, memo });
    if (flow === 'gift') {
      return ledgerApi.gift(orgId, {
        idempotencyKey,
        fromAccountId: account.id,
        beneficiaryId: values.beneficiaryId ?? '',
        minutes: amount,
        memo,
      });
    }
    return ledgerApi.adjust(orgId, {
      idempotencyKey,
      accountId: account.id,
      amount: values.direction === 'debit' ? -amount : amount,
      reason: values.text.trim(),
    });
  });
  const form = useForm<Values>({
    initialValues: { hours: 1, minutes: 0, direction: 'credit', text: '', toAccountId: null, beneficiaryId: null },
    validate: {
      minutes: (_, values) => (toMinutes(values.hours, values.minutes) > 0 ? null : t('ledger.form.amount_required')),
      text: (value) => (flow === 'adjust' && !value.trim() ? t('ledger.form.reason_required') : null),
      toAccountId: (value) => (flow === 'spend' && exchange && !value ? t('ledger.form.provider_required') : null),
      beneficiaryId: (value) => (flow === 'gift' && !value ? t('ledger.form.beneficiary_required') : null),
    },
  });
  const submit = form.onSubmit((values) =>
    write.mutate(values, {
      onSuccess: (transfer) => {
        renewKey();
        const moved = transfer.entries.find((e) => e.accountId === account.id)?.amount ?? 0;
        notifications.show({ color: 'green', message: t('ledger.form.saved', { amount: formatMinutes(moved) }) });
        onDone();
      },
    }),
  );
  const providers = (members.data?.accounts ?? []).filter((a) => a.ownerKind === 'member' && a.id !== account.id);
  const named = (beneficiaries.data?.beneficiaries ?? []).filter((b) => b.giverAccountId === account.id);

  return (
    <form onSubmit={submit} noValidate data-testid={`ledger-${flow}-form`}>
      <Stack gap="md">
        {flow === 'adjust' && (
          <Select
            size="md"
            label={t('ledger.form.direction')}
            allowDeselect={false}
            data={[
              { value: 'credit', label: t('ledger.form.direction_credit') },
              { value: 'debit', label: t('ledger.form.direction_debit') },
            ]}
            {...form.getInputProps('direction')}
          />
        )}
        <MinutesFields form={form} />
        {flow === 'spend' && exchange && (
          <Select
            size="md"
            searchable
            label={t('ledger.form.provider')}
            data={providers.map((a) => ({ value: a.id, label: a.holderName ?? a.id }))}
            {...form.getInputProps('toAccountId')}
          />
        )}
        {flow === 'gift' && (
          <Select
            size="md"
            label={t('ledger.form.beneficiary')}
            nothingFoundMessage={t('ledger.form.no_beneficiaries')}
            data={named.map((b) => ({
              value: b.id,
              label: `${b.recipientName} (${t(`ledger.relation_${b.relation}`)})`,
            }))}
            {...form.getInputProps('beneficiaryId')}
          />
        )}
        <Textarea
          size="md"
          label={flow === 'adjust' ? t('ledger.form.reason') : t('ledger.form.memo')}
          required={flow === 'adjust'}
          autosize
          minRows={2}
          maxLength={500}
          {...form.getInputProps('text')}
          data-testid="ledger-form-text"
        />
        <FormError error={write.error} />
        <Button
          type="submit"
          size="md"
          loading={write.isPending}
          style={{ alignSelf: 'flex-start' }}
          data-testid="ledger-form-submit"
        >
          {t(`ledger.flow.${flow}`)}
        </Button>
      </Stack>
    </form>
  );
}
