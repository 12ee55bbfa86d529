import {
  Button,
  Chip,
  Fieldset,
  Group,
  Input,
  MultiSelect,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  DIRECTORY_CATEGORIES,
  DIRECTORY_SERVICE_STATUSES,
  LANGUAGES,
  type TDirectoryOrganizationDetail,
  type TDirectoryService,
  ZCreateDirectoryServiceRequest,
} from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { applyFieldErrors } from '../../app/forms';
import { ErrorState } from '../../ui/ErrorState';
import { FormError } from '../../ui/FormError';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { FormSection } from '../opportunities/FormSection';
import { ChoiceGroup } from '../registration/ChoiceGroup';
import { DirectoryManagers } from './DirectoryReaders';
import { type ServiceValues, serviceToValues, valuesToNewService, valuesToService } from './directory-form';
import { entryErrors } from './form-errors';
import { directoryPaths } from './paths';
import { ScheduleFields } from './ScheduleFields';
import {
  useCreateDirectoryService,
  useDirectoryOrganization,
  useDirectoryService,
  useUpdateDirectoryService,
} from './use-directory';

/** Adding a service to an organization (`/directory/organizations/:directoryOrgId/services/new`). */
export function NewDirectoryServicePage() {
  const { directoryOrgId = '' } = useParams();
  return (
    <DirectoryManagers>
      {(orgId) => (
        <WithOrganization key={directoryOrgId} orgId={orgId} organizationId={directoryOrgId} service={null} />
      )}
    </DirectoryManagers>
  );
}

/** Changing a service (`/directory/services/:serviceId/edit`). */
export function EditDirectoryServicePage() {
  const { serviceId = '' } = useParams();
  return (
    <DirectoryManagers>{(orgId) => <EditService key={serviceId} orgId={orgId} id={serviceId} />}</DirectoryManagers>
  );
}

function Loading({
  query,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
}) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('directory.title')} />
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
    </>
  );
}

function EditService({ orgId, id }: { orgId: string; id: string }) {
  const service = useDirectoryService(orgId, id);
  if (!service.data) return <Loading query={service} />;
  return <WithOrganization orgId={orgId} organizationId={service.data.organizationId} service={service.data} />;
}

function WithOrganization(props: { orgId: string; organizationId: string; service: TDirectoryService | null }) {
  const organization = useDirectoryOrganization(props.orgId, props.organizationId);
  if (!organization.data) return <Loading query={organization} />;
  return <ServiceForm orgId={props.orgId} organization={organization.data} service={props.service} />;
}

interface ServiceFormProps {
  orgId: string;
  organization: TDirectoryOrganizationDetail;
  service: TDirectoryService | null;
}

function ServiceForm({ orgId, organization, service }: ServiceFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateDirectoryService(orgId);
  const update = useUpdateDirectoryService(orgId, service?.id ?? '');
  const mutation = service ? update : create;
  const form = useForm<ServiceValues>({
    initialValues: serviceToValues(service),
    validate: (values) =>
      entryErrors(ZCreateDirectoryServiceRequest, valuesToNewService(organization.id, values), values.schedules),
  });
  const optional = (label: string) => t('common.optional', { label });
  const back = directoryPaths.organization(organization.id);
  const categories = form.getInputProps('categories');
  const places = [
    ...organization.locations.map((location) => ({
      value: location.id,
      label: [location.name, location.area].filter(Boolean).join(' ・ '),
    })),
    // A place of another organization the service is already offered at stays choosable.
    ...(service?.locations ?? [])
      .filter((place) => !organization.locations.some((location) => location.id === place.id))
      .map((place) => ({ value: place.id, label: place.name })),
  ];

  const submit = form.onSubmit((values) => {
    const onSuccess = (saved: TDirectoryService) => {
      notifications.show({ color: 'green', message: t('directory.form.saved', { name: saved.name }) });
      void navigate(back);
    };
    const onError = (error: unknown) => applyFieldErrors(form, error);
    if (service) update.mutate(valuesToService(values), { onSuccess, onError });
    else create.mutate(valuesToNewService(organization.id, values), { onSuccess, onError });
  });

  return (
    <>
      <PageHeader
        title={
          service
            ? t('directory.form.edit_service_title', { name: service.name })
            : t('directory.form.new_service_title')
        }
        description={organization.name}
      />
      <form onSubmit={submit} noValidate data-testid="directory-service-form">
        <Stack maw={820} gap="xl">
          <FormSection id="directory-service-about" title={t('directory.form.sections.service')}>
            <TextInput label={t('directory.form.name')} required autoComplete="off" {...form.getInputProps('name')} />
            <Textarea
              label={optional(t('directory.form.description'))}
              autosize
              minRows={3}
              {...form.getInputProps('description')}
            />
            <Fieldset legend={optional(t('directory.form.categories'))} variant="unstyled">
              <Chip.Group multiple value={categories.value} onChange={categories.onChange}>
                <Group gap="xs">
                  {DIRECTORY_CATEGORIES.map((category) => (
                    <Chip key={category} value={category} size="md" data-testid={`category-${category}`}>
                      {t(`directory.categories.${category}`)}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
              {categories.error && <Input.Error mt="xs">{categories.error}</Input.Error>}
            </Fieldset>
            <MultiSelect
              label={optional(t('directory.form.languages'))}
              description={t('directory.form.languages_description')}
              data={LANGUAGES.map((language) => ({ value: language, label: t(`participation.language_${language}`) }))}
              searchable
              clearable
              data-testid="directory-service-languages"
              {...form.getInputProps('languages')}
            />
            <Radio.Group label={t('directory.form.status')} {...form.getInputProps('status')}>
              <Group gap="lg" mt="xs">
                {DIRECTORY_SERVICE_STATUSES.map((status) => (
                  <Radio key={status} value={status} size="md" label={t(`directory.status.${status}`)} />
                ))}
              </Group>
            </Radio.Group>
          </FormSection>
          <FormSection id="directory-service-who" title={t('directory.form.sections.who')}>
            <Textarea
              label={optional(t('directory.form.eligibility'))}
              autosize
              minRows={2}
              {...form.getInputProps('eligibility')}
            />
            <TextInput label={optional(t('directory.form.fees'))} {...form.getInputProps('fees')} />
          </FormSection>
          <FormSection id="directory-service-contact" title={t('directory.form.sections.service_contact')}>
            <TextInput label={optional(t('directory.form.contact_name'))} {...form.getInputProps('contactName')} />
            <TextInput
              label={optional(t('directory.form.phone'))}
              type="tel"
              w={{ base: '100%', xs: 320 }}
              {...form.getInputProps('contactPhone')}
            />
            <TextInput
              label={optional(t('directory.form.email'))}
              type="email"
              {...form.getInputProps('contactEmail')}
            />
            <TextInput
              label={optional(t('directory.form.website'))}
              description={t('directory.form.website_description')}
              type="url"
              {...form.getInputProps('website')}
            />
          </FormSection>
          <FormSection id="directory-service-places" title={t('directory.form.sections.places')}>
            {places.length === 0 ? (
              <Text c="dimmed">{t('directory.form.locations_none')}</Text>
            ) : (
              <ChoiceGroup
                label={optional(t('directory.form.locations'))}
                options={places}
                {...form.getInputProps('locationIds')}
              />
            )}
            <ScheduleFields form={form} description={t('directory.form.hours.service_description')} />
          </FormSection>
          <FormError error={mutation.error} />
          <Group justify="flex-end">
            <Button component={Link} to={back} variant="default">
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="directory-service-submit">
              {service ? t('common.actions.save') : t('directory.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
