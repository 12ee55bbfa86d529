import { Button, Fieldset, Group, NativeSelect, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { CONSENT_METHODS, STAFF_ROLES, ZCreateNeedRequest } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { RequireRoles } from '../../app/shell/RequireRoles';
import { FormError } from '../../ui/FormError';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership, useCurrentSession } from '../auth/use-session';
import { useSkills } from '../volunteers/use-volunteers';
import { NeedDetailFields, RequesterFields, UrgencyField } from './NeedFields';
import { emptyIntake, INTAKE_CHANNELS, type IntakeValues, intakeErrorPaths, toCreateNeedRequest } from './need-form';
import { needPath, needsPath } from './paths';
import { RecipientChooser } from './RecipientChooser';
import { SensitiveNoteFields } from './SensitiveNoteFields';
import { useCreateNeed } from './use-needs';
import { useStaffMembers } from './use-staff';

/** Intake (`/needs/new`): the form a coordinator fills in while the person is on the phone. */
export function NewNeedPage() {
  return (
    <RequireRoles roles={STAFF_ROLES}>
      <NewNeedForm />
    </RequireRoles>
  );
}

function NewNeedForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { orgId } = useActiveMembership()!;
  const me = useCurrentSession().account?.id ?? '';
  const skills = useSkills(orgId);
  const staff = useStaffMembers(orgId);
  const create = useCreateNeed(orgId);
  // From a recipient's page ("a new request for this person"): that record is already chosen.
  const [params] = useSearchParams();
  const form = useForm<IntakeValues>({
    initialValues: { ...emptyIntake(me), recipientId: params.get('recipientId') ?? '' },
    validate: (values) => {
      const errors = intakeErrorPaths(contractErrors(ZCreateNeedRequest, toCreateNeedRequest(values)));
      if (values.recipientChoice === 'existing' && !values.recipientId) {
        errors.recipientId = t('needs.intake.recipient_required');
      }
      return errors;
    },
  });
  const values = form.getValues();

  const submit = form.onSubmit((intake) =>
    create.mutate(toCreateNeedRequest(intake), {
      onSuccess: (need) => {
        notifications.show({ color: 'green', message: t('needs.intake.recorded', { number: need.number }) });
        void navigate(needPath(need.id));
      },
      onError: (error) => applyFieldErrors({ setErrors: (errors) => form.setErrors(intakeErrorPaths(errors)) }, error),
    }),
  );

  const note = form.getInputProps('sensitiveNote.body');
  const category = form.getInputProps('sensitiveNote.category');

  return (
    <>
      <PageHeader title={t('needs.intake.title')} description={t('needs.intake.description')} />
      <form onSubmit={submit} noValidate data-testid="intake-form">
        <Stack maw={860} gap="lg">
          <Fieldset legend={t('needs.intake.sections.intake')}>
            <Stack>
              <NativeSelect
                label={t('needs.intake.channel')}
                data={INTAKE_CHANNELS.map((channel) => ({ value: channel, label: t(`needs.channel_${channel}`) }))}
                w={{ base: '100%', xs: 280 }}
                data-testid="need-channel"
                {...form.getInputProps('channel')}
              />
              <UrgencyField form={form} />
            </Stack>
          </Fieldset>

          <RequesterFields form={form} />
          <RecipientChooser orgId={orgId} form={form} />

          <Fieldset legend={t('needs.intake.sections.on_behalf')}>
            <Stack>
              <Switch
                size="lg"
                label={t('needs.intake.on_behalf')}
                description={t('needs.intake.on_behalf_description')}
                {...form.getInputProps('onBehalf', { type: 'checkbox' })}
                data-testid="on-behalf"
              />
              {values.onBehalf && (
                <Group align="flex-end" gap="sm" wrap="wrap">
                  <NativeSelect
                    label={t('needs.intake.on_behalf_consent')}
                    data={CONSENT_METHODS.map((method) => ({
                      value: method,
                      label: t(`needs.consent_method_${method}`),
                    }))}
                    w={{ base: '100%', xs: 240 }}
                    data-testid="on-behalf-method"
                    {...form.getInputProps('onBehalfOf.consentMethod')}
                  />
                  <TextInput
                    label={t('common.optional', { label: t('needs.recipients.consent_note') })}
                    description={t('needs.recipients.consent_note_description')}
                    style={{ flex: '1 1 16rem' }}
                    {...form.getInputProps('onBehalfOf.consentNote')}
                  />
                </Group>
              )}
            </Stack>
          </Fieldset>

          <NeedDetailFields form={form} skills={skills.data ?? []} staff={staff} />

          <SensitiveNoteFields
            optional
            category={{ value: category.value, onChange: category.onChange, error: category.error }}
            body={{ value: note.value, onChange: note.onChange, error: note.error }}
          />

          <FormError error={create.error} />
          <Group justify="flex-end">
            <Button component={Link} to={needsPath} variant="default" size="lg">
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" size="lg" loading={create.isPending} data-testid="intake-submit">
              {t('needs.intake.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
