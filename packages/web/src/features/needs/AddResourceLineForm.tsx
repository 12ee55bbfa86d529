import { Button, Fieldset, Group, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { RESOURCE_LINE_KINDS, RESOURCE_LINE_STATUSES_BY_KIND, ZCreateResourceLineRequest } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import type { MessageKey } from '../../app/messages';
import { FormError } from '../../ui/FormError';
import { ReferralTargetFields } from './ReferralTargetFields';
import { emptyResourceLine, lineErrorPaths, type ResourceLineValues, toCreateLineRequest } from './resource-line-form';
import { useAddResourceLine } from './use-needs';
import { VolunteerPicker } from './VolunteerPicker';

const CURRENCY_BY_LANGUAGE: Record<string, string> = { ja: 'JPY', ko: 'KRW', 'zh-CN': 'CNY' };

/** Adds a way of meeting the case: a volunteer's time, a referral, goods or money. */
export function AddResourceLineForm({ orgId, needId, onDone }: { orgId: string; needId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const add = useAddResourceLine(orgId, needId);
  const form = useForm<ResourceLineValues>({
    initialValues: emptyResourceLine(CURRENCY_BY_LANGUAGE[i18n.language] ?? 'JPY'),
    validate: (values) =>
      lineErrorPaths(contractErrors(ZCreateResourceLineRequest, toCreateLineRequest(values))) as Record<string, string>,
  });
  const values = form.getValues();
  const optional = (key: MessageKey) => t('common.optional', { label: t(key) });

  const submit = form.onSubmit((line) =>
    add.mutate(toCreateLineRequest(line), {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('needs.lines.added') });
        onDone();
      },
      onError: (error) =>
        applyFieldErrors({ setErrors: (errors) => form.setErrors(lineErrorPaths(errors) as never) }, error),
    }),
  );

  return (
    <form onSubmit={submit} noValidate data-testid="line-form">
      <Fieldset legend={t('needs.lines.add')}>
        <Stack>
          <NativeSelect
            label={t('needs.lines.columns.kind')}
            data={RESOURCE_LINE_KINDS.map((kind) => ({ value: kind, label: t(`needs.line_kind_${kind}`) }))}
            w={{ base: '100%', xs: 280 }}
            data-testid="line-kind"
            {...form.getInputProps('kind')}
            onChange={(event) => {
              form.setFieldValue('kind', event.currentTarget.value as ResourceLineValues['kind']);
              form.setFieldValue('status', '');
            }}
          />
          {values.kind === 'volunteer_time' && (
            <>
              <VolunteerPicker
                orgId={orgId}
                value={values.volunteerId}
                error={form.errors.volunteerId}
                onChange={(id) => form.setFieldValue('volunteerId', id)}
              />
              <TextInput
                type="datetime-local"
                label={optional('needs.line_field_planned_start')}
                w={{ base: '100%', xs: 280 }}
                {...form.getInputProps('plannedStart')}
              />
              <NumberInput
                label={optional('needs.line_field_minutes')}
                min={0}
                max={100000}
                allowDecimal={false}
                allowNegative={false}
                w={{ base: '100%', xs: 200 }}
                {...form.getInputProps('minutes')}
              />
            </>
          )}
          {values.kind === 'referral' && <ReferralTargetFields orgId={orgId} form={form} />}
          {(values.kind === 'goods' || values.kind === 'money') && (
            <TextInput
              label={t('needs.line_field_description')}
              description={t(`needs.lines.description_${values.kind}`)}
              {...form.getInputProps('description')}
            />
          )}
          {values.kind === 'goods' && (
            <Group align="flex-end" gap="sm">
              <NumberInput
                label={optional('needs.line_field_quantity')}
                min={0}
                w={160}
                {...form.getInputProps('quantity')}
              />
              <TextInput label={optional('needs.line_field_unit')} w={160} {...form.getInputProps('unit')} />
            </Group>
          )}
          {values.kind === 'money' && (
            <Group align="flex-end" gap="sm">
              <NumberInput
                label={optional('needs.line_field_amount')}
                min={0}
                thousandSeparator=","
                w={200}
                {...form.getInputProps('amount')}
              />
              <TextInput
                label={t('needs.line_field_currency')}
                description={t('needs.lines.currency_description')}
                maxLength={3}
                w={160}
                {...form.getInputProps('currency')}
              />
            </Group>
          )}
          <NativeSelect
            label={t('needs.line_field_status')}
            data={[
              {
                value: '',
                label: t('needs.lines.status_default', {
                  status: t(`needs.line_status_${RESOURCE_LINE_STATUSES_BY_KIND[values.kind][0]}`),
                }),
              },
              ...RESOURCE_LINE_STATUSES_BY_KIND[values.kind].slice(1).map((status) => ({
                value: status,
                label: t(`needs.line_status_${status}`),
              })),
            ]}
            w={{ base: '100%', xs: 280 }}
            data-testid="line-new-status"
            {...form.getInputProps('status')}
          />
          <TextInput label={optional('needs.line_field_note')} {...form.getInputProps('note')} />
          <FormError error={add.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone} disabled={add.isPending}>
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending} data-testid="line-submit">
              {t('needs.lines.add_submit')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
