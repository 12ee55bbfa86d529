import { Button, NumberInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { COORDINATOR_ROLES, type TLedgerRules, type TUpdateLedgerRulesRequest } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../app/forms';
import { useHasRole } from '../../app/shell/RequireRoles';
import { FormError } from '../../ui/FormError';
import { ProfileSection } from '../volunteers/ProfileSection';
import { ledgerApi } from './ledger.api';
import { useLedgerWrite } from './use-ledger';

interface Values {
  mode: TLedgerRules['mode'];
  defaultRatePercent: number | string;
  /** `care=150, events=100`: one rate per service kind. */
  earningRates: string;
  groupServiceKinds: string;
  capHours: number | string;
  excessPolicy: TLedgerRules['excessPolicy'];
  dailyMaxHours: number | string;
  expiryMonths: number | string;
  giftsAllowed: boolean;
  giftMinAge: number | string;
  poolFloorHours: number | string;
}

const hoursOrEmpty = (minutes: number | null) => (minutes === null ? '' : minutes / 60);
const orNull = (value: number | string) => (value === '' ? null : Number(value));
const minutesOrNull = (hours: number | string) => (hours === '' ? null : Math.round(Number(hours) * 60));

function toValues(rules: TLedgerRules): Values {
  return {
    mode: rules.mode,
    defaultRatePercent: rules.defaultRatePercent,
    earningRates: Object.entries(rules.earningRates)
      .map(([kind, rate]) => `${kind}=${rate}`)
      .join(', '),
    groupServiceKinds: rules.groupServiceKinds.join(', '),
    capHours: hoursOrEmpty(rules.balanceCapMinutes),
    excessPolicy: rules.excessPolicy,
    dailyMaxHours: hoursOrEmpty(rules.dailyMaxMinutes),
    expiryMonths: rules.expiryMonths ?? '',
    giftsAllowed: rules.giftsAllowed,
    giftMinAge: rules.giftMinAge ?? '',
    poolFloorHours: rules.poolFloorMinutes / 60,
  };
}

function toRequest(values: Values): TUpdateLedgerRulesRequest {
  const earningRates: Record<string, number> = {};
  for (const part of values.earningRates.split(/[,、\n]/)) {
    const [kind, rate] = part.split('=').map((s) => s.trim());
    if (kind && rate !== undefined && rate !== '') earningRates[kind] = Number(rate);
  }
  return {
    mode: values.mode,
    defaultRatePercent: Number(values.defaultRatePercent),
    earningRates,
    groupServiceKinds: values.groupServiceKinds
      .split(/[,、\s]+/)
      .map((s) => s.trim())
      .filter(Boolean),
    balanceCapMinutes: minutesOrNull(values.capHours),
    excessPolicy: values.excessPolicy,
    dailyMaxMinutes: minutesOrNull(values.dailyMaxHours),
    expiryMonths: orNull(values.expiryMonths),
    giftsAllowed: values.giftsAllowed,
    giftMinAge: orNull(values.giftMinAge),
    poolFloorMinutes: -Math.abs(Math.round(Number(values.poolFloorHours || 0) * 60)),
  };
}

/** The rules card: coordinators edit, staff see the same fields read-only. */
export function LedgerRulesForm({ orgId, rules }: { orgId: string; rules: TLedgerRules }) {
  const { t } = useTranslation();
  const manages = useHasRole(COORDINATOR_ROLES);
  const save = useLedgerWrite(orgId, (body: TUpdateLedgerRulesRequest) => ledgerApi.updateRules(orgId, body));
  const form = useForm<Values>({ initialValues: toValues(rules) });
  const submit = form.onSubmit((values) =>
    save.mutate(toRequest(values), {
      onSuccess: () => notifications.show({ color: 'green', message: t('ledger.rules.saved') }),
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  const ro = !manages;
  return (
    <ProfileSection title={t('ledger.rules.card')} data-testid="ledger-rules">
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={620}>
          <Select
            size="md"
            label={t('ledger.rules.mode')}
            description={t('ledger.rules.mode_description')}
            readOnly={ro}
            allowDeselect={false}
            data={[
              { value: 'deposit', label: t('ledger.mode_deposit') },
              { value: 'mutual_exchange', label: t('ledger.mode_mutual_exchange') },
            ]}
            {...form.getInputProps('mode')}
          />
          <NumberInput
            size="md"
            label={t('ledger.rules.default_rate')}
            suffix="%"
            min={0}
            max={1000}
            readOnly={ro}
            {...form.getInputProps('defaultRatePercent')}
          />
          <TextInput
            size="md"
            label={t('ledger.rules.rates')}
            description={t('ledger.rules.rates_description')}
            readOnly={ro}
            {...form.getInputProps('earningRates')}
          />
          <TextInput
            size="md"
            label={t('ledger.rules.group_kinds')}
            description={t('ledger.rules.group_kinds_description')}
            readOnly={ro}
            {...form.getInputProps('groupServiceKinds')}
          />
          <NumberInput
            size="md"
            label={t('ledger.rules.cap')}
            description={t('ledger.rules.empty_is_none')}
            min={1}
            readOnly={ro}
            {...form.getInputProps('capHours')}
          />
          <Select
            size="md"
            label={t('ledger.rules.excess')}
            readOnly={ro}
            allowDeselect={false}
            data={[
              { value: 'donate', label: t('ledger.excess_donate') },
              { value: 'forfeit', label: t('ledger.excess_forfeit') },
            ]}
            {...form.getInputProps('excessPolicy')}
          />
          <NumberInput
            size="md"
            label={t('ledger.rules.daily_max')}
            description={t('ledger.rules.empty_is_none')}
            min={1}
            max={24}
            readOnly={ro}
            {...form.getInputProps('dailyMaxHours')}
          />
          <NumberInput
            size="md"
            label={t('ledger.rules.expiry')}
            description={t('ledger.rules.empty_is_never')}
            min={1}
            max={600}
            allowDecimal={false}
            readOnly={ro}
            {...form.getInputProps('expiryMonths')}
          />
          <Switch
            size="lg"
            label={t('ledger.rules.gifts')}
            disabled={ro}
            {...form.getInputProps('giftsAllowed', { type: 'checkbox' })}
          />
          <NumberInput
            size="md"
            label={t('ledger.rules.gift_min_age')}
            description={t('ledger.rules.empty_is_none')}
            min={0}
            max={150}
            allowDecimal={false}
            readOnly={ro}
            {...form.getInputProps('giftMinAge')}
          />
          <NumberInput
            size="md"
            label={t('ledger.rules.pool_floor')}
            description={t('ledger.rules.pool_floor_description')}
            min={0}
            readOnly={ro}
            {...form.getInputProps('poolFloorHours')}
          />
          <FormError error={save.error} />
          {manages && (
            <Button
              type="submit"
              size="md"
              loading={save.isPending}
              style={{ alignSelf: 'flex-start' }}
              data-testid="ledger-rules-save"
            >
              {t('common.actions.save')}
            </Button>
          )}
        </Stack>
      </form>
    </ProfileSection>
  );
}
