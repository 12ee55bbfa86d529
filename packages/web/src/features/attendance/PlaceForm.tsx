import { Button, Fieldset, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type TAttendancePlace, ZAttendancePlaceRequest } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { FormError } from '../../ui/FormError';
import { useSavePlace } from './use-attendance';

/** The request's shape, so the contract's paths (`location.lat`) name the inputs; an empty number is `''`. */
interface Values {
  name: string;
  location: { lat: number | string; lng: number | string };
  geofenceRadiusM: number | string;
}

const toValues = (place: TAttendancePlace | null): Values => ({
  name: place?.name ?? '',
  location: { lat: place?.location?.lat ?? '', lng: place?.location?.lng ?? '' },
  geofenceRadiusM: place?.geofenceRadiusM ?? '',
});

const numberOrUndefined = (value: number | string) => (value === '' ? undefined : Number(value));

/** No position at all: the activity's is used. Half a position: the missing half is "required". */
function toRequest(values: Values) {
  const { lat, lng } = values.location;
  return {
    name: values.name,
    location: lat === '' && lng === '' ? null : { lat: numberOrUndefined(lat), lng: numberOrUndefined(lng) },
    geofenceRadiusM: values.geofenceRadiusM === '' ? null : Number(values.geofenceRadiusM),
  };
}

interface PlaceFormProps {
  orgId: string;
  opportunityId: string;
  /** The place being changed; null adds a new one. */
  place: TAttendancePlace | null;
  onSaved: (place: TAttendancePlace) => void;
  onCancel?: () => void;
}

/** Adds a place to an activity or changes one: its name, map position and geofence radius. */
export function PlaceForm({ orgId, opportunityId, place, onSaved, onCancel }: PlaceFormProps) {
  const { t } = useTranslation();
  const save = useSavePlace(orgId, opportunityId, place?.id ?? null);
  const form = useForm<Values>({
    initialValues: toValues(place),
    validate: (values) => contractErrors(ZAttendancePlaceRequest, toRequest(values)),
  });
  const submit = form.onSubmit((values) =>
    // `validate` has checked the request against the contract: a position has both numbers.
    save.mutate(toRequest(values) as Parameters<typeof save.mutate>[0], {
      onSuccess: (saved) => {
        if (!place) form.reset();
        onSaved(saved);
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  const number = { allowDecimal: false, allowNegative: false, clampBehavior: 'none' } as const;
  const degrees = { decimalScale: 7, clampBehavior: 'none', hideControls: true } as const;
  return (
    <form onSubmit={submit} noValidate data-testid={place ? 'edit-place-form' : 'add-place-form'}>
      <Stack gap="md" maw={640}>
        <TextInput
          label={t('attendance.places.name')}
          description={t('attendance.places.name_help')}
          maxLength={100}
          data-testid="place-name"
          {...form.getInputProps('name')}
        />
        <Fieldset
          legend={t('attendance.places.position')}
          variant="unstyled"
          p={0}
          styles={{ legend: { fontWeight: 500, fontSize: 'var(--mantine-font-size-md)' } }}
        >
          <Text size="sm" c="dimmed" mb="xs">
            {t('attendance.places.position_help')}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <NumberInput
              label={t('attendance.places.latitude')}
              min={-90}
              max={90}
              {...degrees}
              data-testid="place-lat"
              {...form.getInputProps('location.lat')}
            />
            <NumberInput
              label={t('attendance.places.longitude')}
              min={-180}
              max={180}
              {...degrees}
              data-testid="place-lng"
              {...form.getInputProps('location.lng')}
            />
          </SimpleGrid>
        </Fieldset>
        <NumberInput
          label={t('attendance.places.radius')}
          description={t('attendance.places.radius_help')}
          min={10}
          max={50_000}
          step={50}
          {...number}
          data-testid="place-radius"
          {...form.getInputProps('geofenceRadiusM')}
        />
        <FormError error={save.error} />
        <Group gap="sm">
          <Button type="submit" loading={save.isPending} data-testid="place-save">
            {place ? t('common.actions.save') : t('attendance.places.add')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.actions.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
