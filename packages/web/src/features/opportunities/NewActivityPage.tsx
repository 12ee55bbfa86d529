import { Button, Group, Radio, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { ZCreateOpportunityRequest } from '@musubi/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { RequireRoles } from '../../app/shell/RequireRoles';
import { FormError } from '../../ui/FormError';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { useInsurancePlans, useSkills } from '../volunteers/use-volunteers';
import { ActivityFields } from './ActivityFields';
import { ActivityRuleFields } from './ActivityRuleFields';
import { ACTIVITY_MANAGER_ROLES } from './activity-roles';
import { EMPTY_OPPORTUNITY, type OpportunityValues, toCreateRequest } from './opportunity-form';
import { activityPath } from './paths';
import { useCreateOpportunity } from './use-opportunities';
import { useRuleErrors } from './use-rule-errors';

/** Posting an activity (`/activities/new`): saved as a draft, or published at once. */
export function NewActivityPage() {
  return (
    <RequireRoles roles={ACTIVITY_MANAGER_ROLES}>
      <NewActivityForm />
    </RequireRoles>
  );
}

function NewActivityForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { orgId } = useActiveMembership()!;
  const skills = useSkills(orgId);
  const plans = useInsurancePlans(orgId);
  const create = useCreateOpportunity(orgId);
  const ruleErrors = useRuleErrors();
  const [status, setStatus] = useState<'draft' | 'published'>('draft');
  const form = useForm<OpportunityValues>({
    initialValues: EMPTY_OPPORTUNITY,
    validate: (values) => ({
      ...contractErrors(ZCreateOpportunityRequest, toCreateRequest(values, status)),
      ...ruleErrors(values),
    }),
  });

  const submit = form.onSubmit((values) =>
    create.mutate(toCreateRequest(values, status), {
      onSuccess: (opportunity) => {
        notifications.show({
          color: 'green',
          message:
            opportunity.status === 'published'
              ? t('opportunities.form.published', { title: opportunity.title })
              : t('opportunities.form.created', { title: opportunity.title }),
        });
        void navigate(activityPath(opportunity.id));
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );

  return (
    <>
      <PageHeader title={t('opportunities.form.new_title')} description={t('opportunities.form.new_description')} />
      <form onSubmit={submit} noValidate data-testid="activity-form">
        <Stack maw={760} gap="xl">
          <ActivityFields form={form} />
          <ActivityRuleFields form={form} skills={skills.data ?? []} plans={plans.data?.plans ?? []} />
          <Radio.Group
            label={t('opportunities.form.status_choice')}
            value={status}
            onChange={(value) => setStatus(value as 'draft' | 'published')}
          >
            <Stack gap="sm" mt="xs">
              <Radio
                value="draft"
                size="md"
                label={t('opportunities.form.save_as_draft')}
                description={t('opportunities.form.save_as_draft_description')}
                data-testid="status-draft"
              />
              <Radio
                value="published"
                size="md"
                label={t('opportunities.form.publish_now')}
                description={t('opportunities.form.publish_now_description')}
                data-testid="status-published"
              />
            </Stack>
          </Radio.Group>
          <FormError error={create.error} />
          <Group justify="flex-end">
            <Button component={Link} to="/activities" variant="default">
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="activity-submit">
              {status === 'published' ? t('opportunities.form.submit_publish') : t('opportunities.form.submit_draft')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
