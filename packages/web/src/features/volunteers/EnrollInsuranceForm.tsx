import { Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type TEnrollInsuranceRequest, type TVolunteer, ZEnrollInsuranceRequest } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { ErrorState } from '../../ui/ErrorState';
import { FormError } from '../../ui/FormError';
import { useCalendarDate } from '../../ui/format';
import { useEnrollInsurance, useInsurancePlans } from './use-volunteers';
import { todayCalendarDate } from './volunteer-display';

interface EnrollValues {
  planId: string;
  enrolledOn: string;
}

function toRequest(values: EnrollValues): TEnrollInsuranceRequest {
  return { planId: values.planId, enrolledOn: values.enrolledOn || undefined };
}

/** Enrols the person in one of the organization's plans; cover starts the day after enrollment. */
export function EnrollInsuranceForm({ orgId, volunteer }: { orgId: string; volunteer: TVolunteer }) {
  const { t } = useTranslation();
  const calendarDate = useCalendarDate();
  const plans = useInsurancePlans(orgId);
  const enroll = useEnrollInsurance(orgId, volunteer.id);
  const form = useForm<EnrollValues>({
    initialValues: { planId: '', enrolledOn: todayCalendarDate() },
    validate: (values) =>
      values.planId
        ? contractErrors(ZEnrollInsuranceRequest, toRequest(values))
        : { planId: t('volunteers.plan_required') },
  });
  const offered = plans.data?.plans.filter((plan) => !plan.archived) ?? [];

  const submit = form.onSubmit((values) =>
    enroll.mutate(toRequest(values), {
      onSuccess: (enrollment) => {
        notifications.show({
          color: 'green',
          message: t('volunteers.enrolled', {
            name: volunteer.name,
            plan: enrollment.planName,
            from: calendarDate(enrollment.coverStartsOn),
            to: calendarDate(enrollment.coverEndsOn),
          }),
        });
        form.reset();
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );

  if (plans.isError) return <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />;
  return (
    <form onSubmit={submit} noValidate data-testid="insurance-enroll-form">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('volunteers.enroll_title')}
        </Title>
        {plans.isSuccess && offered.length === 0 ? (
          <Text>{t('volunteers.no_plans')}</Text>
        ) : (
          <>
            <Text c="dimmed">{t('volunteers.enroll_help')}</Text>
            <Group align="flex-start" gap="sm">
              <NativeSelect
                label={t('volunteers.columns.plan')}
                required
                data={[
                  { value: '', label: t('volunteers.choose_plan') },
                  ...offered.map((plan) => ({
                    value: plan.id,
                    label: plan.coversNaturalDisaster
                      ? t('volunteers.plan_with_disaster', { name: plan.name })
                      : plan.name,
                  })),
                ]}
                w={{ base: '100%', sm: 320 }}
                {...form.getInputProps('planId')}
              />
              <TextInput
                label={t('volunteers.enrolled_on')}
                type="date"
                w={{ base: '100%', sm: 200 }}
                {...form.getInputProps('enrolledOn')}
              />
            </Group>
            <FormError error={enroll.error} />
            <Group>
              <Button type="submit" loading={enroll.isPending} disabled={!plans.isSuccess}>
                {t('volunteers.enroll')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </form>
  );
}
