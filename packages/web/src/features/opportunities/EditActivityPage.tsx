import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type TOpportunity, ZUpdateOpportunityRequest } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { RequireRoles } from '../../app/shell/RequireRoles';
import { ErrorState } from '../../ui/ErrorState';
import { FormError } from '../../ui/FormError';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { useInsurancePlans, useSkills } from '../volunteers/use-volunteers';
import { ActivityFields } from './ActivityFields';
import { ActivityRuleFields } from './ActivityRuleFields';
import { ACTIVITY_MANAGER_ROLES } from './activity-roles';
import { type OpportunityValues, opportunityToValues, toOpportunityFields, toUpdateRequest } from './opportunity-form';
import { activityPath } from './paths';
import { useOpportunity, useUpdateOpportunity } from './use-opportunities';
import { useRuleErrors } from './use-rule-errors';

/** Changing an activity (`/activities/:opportunityId/edit`); only what changed is sent. */
export function EditActivityPage() {
  const { opportunityId = '' } = useParams();
  return (
    <RequireRoles roles={ACTIVITY_MANAGER_ROLES}>
      <EditActivity key={opportunityId} opportunityId={opportunityId} />
    </RequireRoles>
  );
}

function EditActivity({ opportunityId }: { opportunityId: string }) {
  const { t } = useTranslation();
  const { orgId } = useActiveMembership()!;
  const opportunity = useOpportunity(orgId, opportunityId);
  if (!opportunity.data) {
    return (
      <>
        <PageHeader title={t('opportunities.form.edit_title_plain')} />
        {opportunity.isPending && <LoadingState />}
        {opportunity.isError && <ErrorState error={opportunity.error} onRetry={() => void opportunity.refetch()} />}
      </>
    );
  }
  return <EditActivityForm orgId={orgId} opportunity={opportunity.data} />;
}

function EditActivityForm({ orgId, opportunity }: { orgId: string; opportunity: TOpportunity }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const skills = useSkills(orgId);
  const plans = useInsurancePlans(orgId);
  const update = useUpdateOpportunity(orgId, opportunity.id);
  const ruleErrors = useRuleErrors();
  const before = opportunityToValues(opportunity);
  const form = useForm<OpportunityValues>({
    initialValues: before,
    validate: (values) => ({
      ...contractErrors(ZUpdateOpportunityRequest, toOpportunityFields(values)),
      ...ruleErrors(values),
    }),
  });
  const back = activityPath(opportunity.id);

  const submit = form.onSubmit((values) => {
    const changes = toUpdateRequest(before, values);
    if (Object.keys(changes).length === 0) {
      notifications.show({ message: t('opportunities.form.no_changes') });
      void navigate(back);
      return;
    }
    update.mutate(changes, {
      onSuccess: (saved) => {
        notifications.show({ color: 'green', message: t('opportunities.form.saved', { title: saved.title }) });
        void navigate(back);
      },
      onError: (error) => applyFieldErrors(form, error),
    });
  });

  return (
    <>
      <PageHeader title={t('opportunities.form.edit_title', { title: opportunity.title })} />
      <form onSubmit={submit} noValidate data-testid="activity-form">
        <Stack maw={760} gap="xl">
          <ActivityFields form={form} />
          <ActivityRuleFields form={form} skills={skills.data ?? []} plans={plans.data?.plans ?? []} />
          <FormError error={update.error} />
          <Group justify="flex-end">
            <Button component={Link} to={back} variant="default">
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending} data-testid="activity-submit">
              {t('common.actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
