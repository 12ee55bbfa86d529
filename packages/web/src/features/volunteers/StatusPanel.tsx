import { Button, Group, Text } from '@mantine/core';
import { COORDINATOR_ROLES, type TVolunteer } from '@musubi/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasRole } from '../../app/shell/RequireRoles';
import { StatusChangeModal } from './StatusChangeModal';
import { statusActions, type TStatusAction } from './status-actions';
import { InsuredBadge, VolunteerStatusBadge } from './VolunteerBadges';

/** The record's status at a glance, and the status changes coordinators may make. */
export function StatusPanel({ orgId, volunteer }: { orgId: string; volunteer: TVolunteer }) {
  const { t } = useTranslation();
  const coordinates = useHasRole(COORDINATOR_ROLES);
  const [action, setAction] = useState<TStatusAction | null>(null);
  const actions = coordinates ? statusActions(volunteer.status) : [];
  return (
    <Group justify="space-between" gap="sm" data-testid="volunteer-status">
      <Group gap="sm">
        <Text fw={700} component="span">
          {t('volunteers.columns.status')}
        </Text>
        <VolunteerStatusBadge status={volunteer.status} />
        {volunteer.status !== 'merged' && <InsuredBadge insured={volunteer.insuranceCovers.length > 0} />}
      </Group>
      {actions.length > 0 && (
        <Group gap="sm">
          {actions.map((item) => (
            <Button
              key={item}
              variant={item === 'deactivate' ? 'default' : 'filled'}
              onClick={() => setAction(item)}
              data-testid={`status-${item}`}
            >
              {t(`volunteers.status_actions.${item}`)}
            </Button>
          ))}
        </Group>
      )}
      <StatusChangeModal orgId={orgId} volunteer={volunteer} action={action} onClose={() => setAction(null)} />
    </Group>
  );
}
