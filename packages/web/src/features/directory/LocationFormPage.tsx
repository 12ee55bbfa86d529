import { Button, Fieldset, Group, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type TDirectoryLocation, ZCreateDirectoryLocationRequest } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { applyFieldErrors } from '../../app/forms';
import { ErrorState } from '../../ui/ErrorState';
import { FormError } from '../../ui/FormError';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { FormSection } from '../opportunities/FormSection';
import { DirectoryManagers } from './DirectoryReaders';
import { type LocationValues, locationToValues, valuesToLocation, valuesToNewLocation } from './directory-form';
import { entryErrors } from './form-errors';
import { directoryPaths } from './paths';
import { ScheduleFields } from './ScheduleFields';
import { useCreateDirectoryLocation, useDirectoryLocation, useUpdateDirectoryLocation } from './use-directory';

/** Adding a place to an organization (`/directory/organizations/:directoryOrgId/locations/new`). */
export function NewDirectoryLocationPage() {
  const { directoryOrgId = '' } = useParams();
  return (
    <DirectoryManagers>
      {(orgId) => <LocationForm key={directoryOrgId} orgId={orgId} organizationId={directoryOrgId} location={null} />}
    </DirectoryManagers>
  );
}

/** Changing a place (`/directory/locations/:locationId/edit`). */
export function EditDirectoryLocationPage() {
  const { locationId = '' } = useParams();
  return (
    <DirectoryManagers>{(orgId) => <EditLocation key={locationId} orgId={orgId} id={locationId} />}</DirectoryManagers>
  );
}

function EditLocation({ orgId, id }: { orgId: string; id: string }) {
  const { t } = useTranslation();
  const location = useDirectoryLocation(orgId, id);
  if (!location.data) {
    return (
      <>
        <PageHeader title={t('directory.organization.location_edit')} />
        {location.isPending && <LoadingState />}
        {location.isError && <ErrorState error={location.error} onRetry={() => void location.refetch()} />}
      </>
    );
  }
  return <LocationForm orgId={orgId} organizationId={location.data.organizationId} location={location.data} />;
}

interface LocationFormProps {
  orgId: string;
  organizationId: string;
  location: TDirectoryLocation | null;
}

function LocationForm({ orgId, organizationId, location }: LocationFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateDirectoryLocation(orgId);
  const update = useUpdateDirectoryLocation(orgId, location?.id ?? '');
  const mutation = location ? update : create;
  const form = useForm<LocationValues>({
    initialValues: locationToValues(location),
    validate: (values) => {
      const errors = entryErrors(
        ZCreateDirectoryLocationRequest,
        valuesToNewLocation(organizationId, values),
        values.schedules,
      );
      // The contract's map point is one object; the form has a number input for each half.
      for (const half of ['lat', 'lng'] as const) {
        if (errors[`location.${half}`]) errors[half] = errors[`location.${half}`];
        delete errors[`location.${half}`];
      }
      return errors;
    },
  });
  const optional = (label: string) => t('common.optional', { label });
  const back = directoryPaths.organization(organizationId);

  const submit = form.onSubmit((values) => {
    const onSuccess = (saved: TDirectoryLocation) => {
      notifications.show({ color: 'green', message: t('directory.form.saved', { name: saved.name }) });
      void navigate(back);
    };
    const onError = (error: unknown) => applyFieldErrors(form, error);
    if (location) update.mutate(valuesToLocation(values), { onSuccess, onError });
    else create.mutate(valuesToNewLocation(organizationId, values), { onSuccess, onError });
  });

  return (
    <>
      <PageHeader
        title={
          location
            ? t('directory.form.edit_location_title', { name: location.name })
            : t('directory.form.new_location_title')
        }
        description={location?.organizationName}
      />
      <form onSubmit={submit} noValidate data-testid="directory-location-form">
        <Stack maw={820} gap="xl">
          <FormSection id="directory-location-about" title={t('directory.form.sections.location')}>
            <TextInput label={t('directory.form.name')} required autoComplete="off" {...form.getInputProps('name')} />
            <TextInput
              label={optional(t('directory.form.postal_code'))}
              inputMode="numeric"
              autoComplete="off"
              w={{ base: '100%', xs: 220 }}
              {...form.getInputProps('postalCode')}
            />
            <TextInput label={optional(t('directory.form.address'))} {...form.getInputProps('address')} />
            <TextInput
              label={optional(t('directory.form.area'))}
              description={t('directory.form.area_description')}
              w={{ base: '100%', xs: 320 }}
              {...form.getInputProps('area')}
            />
            <Textarea
              label={optional(t('directory.form.description'))}
              autosize
              minRows={2}
              {...form.getInputProps('description')}
            />
          </FormSection>
          <FormSection id="directory-location-access" title={t('directory.form.sections.access')}>
            <Textarea
              label={optional(t('directory.form.accessibility'))}
              description={t('directory.form.accessibility_description')}
              autosize
              minRows={2}
              {...form.getInputProps('accessibility')}
            />
            <Fieldset legend={optional(t('directory.form.map_point'))} variant="unstyled">
              <Group align="flex-start" gap="md">
                <NumberInput
                  label={t('directory.form.latitude')}
                  min={-90}
                  max={90}
                  decimalScale={6}
                  hideControls
                  inputMode="decimal"
                  w={{ base: '100%', xs: 220 }}
                  {...form.getInputProps('lat')}
                />
                <NumberInput
                  label={t('directory.form.longitude')}
                  min={-180}
                  max={180}
                  decimalScale={6}
                  hideControls
                  inputMode="decimal"
                  w={{ base: '100%', xs: 220 }}
                  {...form.getInputProps('lng')}
                />
              </Group>
            </Fieldset>
            <ScheduleFields form={form} description={t('directory.form.hours.location_description')} />
          </FormSection>
          <FormError error={mutation.error} />
          <Group justify="flex-end">
            <Button component={Link} to={back} variant="default">
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="directory-location-submit">
              {location ? t('common.actions.save') : t('directory.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
