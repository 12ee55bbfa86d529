import { Group } from '@mantine/core';
import type { TAttendanceFlag } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../ui/StatusBadge';

/** A record's flags in words; each one's meaning is in the legend (FlagLegend) on the same page. */
export function FlagBadges({ flags }: { flags: readonly TAttendanceFlag[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <Group gap={4}>
      {flags.map((flag) => (
        <span key={flag} data-testid={`flag-${flag}`}>
          <StatusBadge color="orange">{t(`attendance.flag_${flag}`)}</StatusBadge>
        </span>
      ))}
    </Group>
  );
}
