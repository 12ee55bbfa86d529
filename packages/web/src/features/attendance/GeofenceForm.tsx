import { Alert, Anchor, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type TAttendanceSite, ZUpdateAttendanceSiteRequest } from '@musubi/shared';
import { IconMapPinOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { FormError } from '../../ui/FormError';
import { ProfileSection } from '../volunteers/ProfileSection';
import { useUpdateSite } from './use-attendance';

interface Values {
  /** Metres; empty: no geofence. */
  geofenceRadiusM: number | string;
}

const toRequest = (values: Values) => ({
  geofenceRadiusM: values.geofenceRadiusM === '' ? null : Number(values.geofenceRadiusM),
});

interface GeofenceFormProps {
  orgId: string;
  site: TAttendanceSite;
  /** Coordinators change it; the rest of the office reads it. */
  manages: boolean;
}

/**
 * The activity's geofence: how far from its location a scan may be before it is flagged for
 * review (never refused). It needs the activity's map position, set on the activity's page.
 */
export function GeofenceForm({ orgId, site, manages }: GeofenceFormProps) {
  const { t } = useTranslation();
  const update = useUpdateSite(orgId, site.opportunityId);
  const form = useForm<Values>({
    initialValues: { geofenceRadiusM: site.geofenceRadiusM ?? '' },
    validate: (values) => contractErrors(ZUpdateAttendanceSiteRequest, toRequest(values)),
  });
  const save = (request: ReturnType<typeof toRequest>) =>
    update.mutate(request, {
      onSuccess: (saved) => {
        const values = { geofenceRadiusM: saved.geofenceRadiusM ?? '' };
        form.setValues(values);
        form.resetDirty(values);
        const removed = saved.geofenceRadiusM === null;
        // The remove button goes away with the radius: keep the keyboard's place on the radius input.
        if (removed) form.getInputNode('geofenceRadiusM')?.focus();
        notifications.show({
          color: 'green',
          message: t(removed ? 'attendance.settings.geofence_removed' : 'attendance.settings.geofence_saved'),
        });
      },
      onError: (error) => applyFieldErrors(form, error),
    });
  const editable = manages && (site.hasLocation || site.geofenceRadiusM !== null);
  return (
    <ProfileSection title={t('attendance.settings.geofence_card')} data-testid="geofence">
      {!site.hasLocation && (
        <Alert color="yellow" icon={<IconMapPinOff aria-hidden />} data-testid="geofence-no-location">
          <Stack gap="xs">
            <Text>{t('attendance.settings.geofence_no_location')}</Text>
            {manages && (
              <Anchor component={Link} to={`/activities/${site.opportunityId}/edit`} py={6}>
                {t('attendance.settings.edit_activity')}
              </Anchor>
            )}
          </Stack>
        </Alert>
      )}
      <form onSubmit={form.onSubmit((values) => save(toRequest(values)))} noValidate data-testid="geofence-form">
        <Stack gap="md" maw={640}>
          <NumberInput
            label={t('attendance.settings.geofence')}
            description={t('attendance.settings.geofence_help')}
            min={10}
            max={50_000}
            step={50}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            readOnly={!editable}
            data-testid="geofence-radius"
            {...form.getInputProps('geofenceRadiusM')}
          />
          <FormError error={update.error} />
          {editable && (
            <Group gap="sm">
              <Button type="submit" loading={update.isPending} data-testid="geofence-save">
                {t('common.actions.save')}
              </Button>
              {site.geofenceRadiusM !== null && (
                <Button
                  variant="default"
                  disabled={update.isPending}
                  onClick={() => save({ geofenceRadiusM: null })}
                  data-testid="geofence-remove"
                >
                  {t('attendance.settings.geofence_remove')}
                </Button>
              )}
            </Group>
          )}
        </Stack>
      </form>
    </ProfileSection>
  );
}
