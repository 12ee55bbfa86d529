import { Button, NumberInput, Stack, Switch, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { COORDINATOR_ROLES, type TAttendanceSettings, ZAttendanceSettings } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { useHasRole } from '../../app/shell/RequireRoles';
import { FormError } from '../../ui/FormError';
import { ProfileSection } from '../volunteers/ProfileSection';
import { useUpdateAttendanceSettings } from './use-attendance';

/** The request's fields; a number input left empty is `''`. */
interface Values {
  creditBeforeShiftStart: boolean;
  autoApproveToleranceMinutes: number | string;
  autoCloseAfterHours: number | string;
  dailyMaxMinutes: number | string;
  offlineWindowHours: number | string;
}

const toValues = (settings: TAttendanceSettings): Values => ({
  ...settings,
  dailyMaxMinutes: settings.dailyMaxMinutes ?? '',
});

// An empty required number stays `undefined` so the contract names it "required".
const numberOrUndefined = (value: number | string) => (value === '' ? undefined : Number(value));

function toRequest(values: Values) {
  return {
    creditBeforeShiftStart: values.creditBeforeShiftStart,
    autoApproveToleranceMinutes: numberOrUndefined(values.autoApproveToleranceMinutes),
    autoCloseAfterHours: numberOrUndefined(values.autoCloseAfterHours),
    dailyMaxMinutes: values.dailyMaxMinutes === '' ? null : Number(values.dailyMaxMinutes),
    offlineWindowHours: numberOrUndefined(values.offlineWindowHours),
  };
}

/** The attendance rules card: coordinators edit, the rest of the office sees the same fields read-only. */
export function AttendanceSettingsForm({ orgId, settings }: { orgId: string; settings: TAttendanceSettings }) {
  const { t } = useTranslation();
  const manages = useHasRole(COORDINATOR_ROLES);
  const save = useUpdateAttendanceSettings(orgId);
  const form = useForm<Values>({
    initialValues: toValues(settings),
    validate: (values) => contractErrors(ZAttendanceSettings, toRequest(values)),
  });
  const submit = form.onSubmit((values) =>
    // `validate` has checked the request against the contract, so every number is there.
    save.mutate(toRequest(values) as TAttendanceSettings, {
      onSuccess: (saved) => {
        form.setValues(toValues(saved));
        form.resetDirty(toValues(saved));
        notifications.show({ color: 'green', message: t('attendance.settings.saved') });
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  const ro = !manages;
  // Mantine would otherwise quietly clamp an out-of-range number on blur; the contract's message says why instead.
  const number = { allowDecimal: false, allowNegative: false, clampBehavior: 'none', readOnly: ro } as const;
  return (
    <ProfileSection title={t('attendance.settings.card')} data-testid="attendance-settings">
      {ro && <Text>{t('attendance.settings.read_only')}</Text>}
      <form onSubmit={submit} noValidate data-testid="attendance-settings-form">
        <Stack gap="lg" maw={640}>
          <Switch
            size="lg"
            label={t('attendance.settings.credit_before_start')}
            description={t('attendance.settings.credit_before_start_help')}
            disabled={ro}
            data-testid="setting-credit-before-start"
            {...form.getInputProps('creditBeforeShiftStart', { type: 'checkbox' })}
          />
          <NumberInput
            label={t('attendance.settings.tolerance')}
            description={t('attendance.settings.tolerance_help')}
            min={0}
            max={240}
            {...number}
            data-testid="setting-tolerance"
            {...form.getInputProps('autoApproveToleranceMinutes')}
          />
          <NumberInput
            label={t('attendance.settings.auto_close')}
            description={t('attendance.settings.auto_close_help')}
            min={1}
            max={24}
            {...number}
            data-testid="setting-auto-close"
            {...form.getInputProps('autoCloseAfterHours')}
          />
          <NumberInput
            label={t('attendance.settings.daily_max')}
            description={t('attendance.settings.daily_max_help')}
            min={30}
            max={1440}
            step={30}
            {...number}
            data-testid="setting-daily-max"
            {...form.getInputProps('dailyMaxMinutes')}
          />
          <NumberInput
            label={t('attendance.settings.offline_window')}
            description={t('attendance.settings.offline_window_help')}
            min={1}
            max={720}
            {...number}
            data-testid="setting-offline-window"
            {...form.getInputProps('offlineWindowHours')}
          />
          <FormError error={save.error} />
          {manages && (
            <Button
              type="submit"
              loading={save.isPending}
              style={{ alignSelf: 'flex-start' }}
              data-testid="attendance-settings-save"
            >
              {t('common.actions.save')}
            </Button>
          )}
        </Stack>
      </form>
    </ProfileSection>
  );
}
