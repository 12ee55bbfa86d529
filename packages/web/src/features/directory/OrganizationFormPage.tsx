import { Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  DIRECTORY_ORGANIZATION_KINDS,
  type TDirectoryOrganization,
  ZCreateDirectoryOrganizationRequest,
} from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { applyFieldErrors } from '../../app/forms';
import { ErrorState } from '../../ui/ErrorState';
import { FormError } from '../../ui/FormError';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { FormSection } from '../opportunities/FormSection';
import { DirectoryManagers } from './DirectoryReaders';
import { type OrganizationValues, organizationToValues, valuesToOrganization } from './directory-form';
import { entryErrors } from './form-errors';
import { directoryPaths } from './paths';
import {
  useCreateDirectoryOrganization,
  useDirectoryOrganization,
  useUpdateDirectoryOrganization,
} from './use-directory';

/** Adding an organization to the directory (`/directory/organizations/new`). */
export function NewDirectoryOrganizationPage() {
  return <DirectoryManagers>{(orgId) => <OrganizationForm orgId={orgId} organization={null} />}</DirectoryManagers>;
}

/** Changing one (`/directory/organizations/:directoryOrgId/edit`). */
export function EditDirectoryOrganizationPage() {
  const { directoryOrgId = '' } = useParams();
  return (
    <DirectoryManagers>
      {(orgId) => <EditOrganization key={directoryOrgId} orgId={orgId} id={directoryOrgId} />}
    </DirectoryManagers>
  );
}

function EditOrganization({ orgId, id }: { orgId: string; id: string }) {
  const { t } = useTranslation();
  const entry = useDirectoryOrganization(orgId, id);
  if (!entry.data) {
    return (
      <>
        <PageHeader title={t('directory.organization.edit')} />
        {entry.isPending && <LoadingState />}
        {entry.isError && <ErrorState error={entry.error} onRetry={() => void entry.refetch()} />}
      </>
    );
  }
  return <OrganizationForm orgId={orgId} organization={entry.data} />;
}

function OrganizationForm({ orgId, organization }: { orgId: string; organization: TDirectoryOrganization | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateDirectoryOrganization(orgId);
  const update = useUpdateDirectoryOrganization(orgId, organization?.id ?? '');
  const mutation = organization ? update : create;
  const form = useForm<OrganizationValues>({
    initialValues: organizationToValues(organization),
    validate: (values) => entryErrors(ZCreateDirectoryOrganizationRequest, valuesToOrganization(values)),
  });
  const optional = (label: string) => t('common.optional', { label });
  const back = organization ? directoryPaths.organization(organization.id) : directoryPaths.organizations;

  const submit = form.onSubmit((values) => {
    const onSuccess = (saved: TDirectoryOrganization) => {
      notifications.show({ color: 'green', message: t('directory.form.saved', { name: saved.name }) });
      void navigate(directoryPaths.organization(saved.id));
    };
    const onError = (error: unknown) => applyFieldErrors(form, error);
    mutation.mutate(valuesToOrganization(values), { onSuccess, onError });
  });

  return (
    <>
      <PageHeader
        title={
          organization
            ? t('directory.form.edit_organization_title', { name: organization.name })
            : t('directory.form.new_organization_title')
        }
      />
      <form onSubmit={submit} noValidate data-testid="directory-organization-form">
        <Stack maw={760} gap="xl">
          <FormSection id="directory-organization-about" title={t('directory.form.sections.about')}>
            <TextInput label={t('directory.form.name')} required autoComplete="off" {...form.getInputProps('name')} />
            <TextInput
              label={optional(t('directory.form.alternate_name'))}
              autoComplete="off"
              {...form.getInputProps('alternateName')}
            />
            <NativeSelect
              label={t('directory.form.kind')}
              data={DIRECTORY_ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: t(`directory.kinds.${kind}`) }))}
              w={{ base: '100%', xs: 320 }}
              {...form.getInputProps('kind')}
            />
            <Textarea
              label={optional(t('directory.form.description'))}
              autosize
              minRows={3}
              {...form.getInputProps('description')}
            />
          </FormSection>
          <FormSection id="directory-organization-contact" title={t('directory.form.sections.contact')}>
            <TextInput
              label={optional(t('directory.form.phone'))}
              type="tel"
              autoComplete="off"
              w={{ base: '100%', xs: 320 }}
              {...form.getInputProps('phone')}
            />
            <TextInput
              label={optional(t('directory.form.email'))}
              type="email"
              autoComplete="off"
              {...form.getInputProps('email')}
            />
            <TextInput
              label={optional(t('directory.form.website'))}
              description={t('directory.form.website_description')}
              type="url"
              autoComplete="off"
              {...form.getInputProps('website')}
            />
          </FormSection>
          <FormError error={mutation.error} />
          <Group justify="flex-end">
            <Button component={Link} to={back} variant="default">
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="directory-organization-submit">
              {organization ? t('common.actions.save') : t('directory.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
