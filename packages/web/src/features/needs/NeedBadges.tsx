import { Badge, Group } from '@mantine/core';
import type { TNeedStatus, TNeedUrgency } from '@musubi/shared';
import { IconAlertTriangleFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../ui/StatusBadge';
import { needStatusColor, urgencyColor } from './need-display';

export function NeedStatusBadge({ status }: { status: TNeedStatus }) {
  const { t } = useTranslation();
  return <StatusBadge color={needStatusColor(status)}>{t(`needs.status_${status}`)}</StatusBadge>;
}

/**
 * The urgency in words ("緊急度：至急"). Urgent is a filled badge and high carries a warning
 * icon, so the difference never rests on colour alone; text keeps AA contrast.
 */
export function UrgencyBadge({ urgency }: { urgency: TNeedUrgency }) {
  const { t } = useTranslation();
  const label = t('needs.case.urgency_label', { urgency: t(`needs.urgency_${urgency}`) });
  if (urgency === 'urgent') {
    return (
      <Badge
        size="lg"
        tt="none"
        color="red.9"
        leftSection={<IconAlertTriangleFilled size={16} aria-hidden />}
        data-testid="urgency-badge"
        styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}
      >
        {label}
      </Badge>
    );
  }
  return (
    <Group gap={4} wrap="nowrap" component="span" data-testid="urgency-badge">
      {urgency === 'high' && <IconAlertTriangleFilled size={18} color="var(--mantine-color-orange-8)" aria-hidden />}
      <StatusBadge color={urgencyColor(urgency)}>{label}</StatusBadge>
    </Group>
  );
}
