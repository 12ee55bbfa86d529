import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { TShift } from '@musubi/shared';
import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { rosterPath } from './paths';
import { RolePlaces } from './RolePlaces';
import { ShiftStatusBadge } from './StatusBadges';
import { useShiftFormat } from './shift-format';
import { groupShiftsByDate } from './shift-groups';
import { deviceTimeZone } from './wall-time';

/** An activity's shifts under their dates: times, places per role, status, and a link to each roster. */
export function ShiftList({ shifts }: { shifts: TShift[] }) {
  const { t } = useTranslation();
  const format = useShiftFormat();
  return (
    <Stack gap="lg" data-testid="shift-list">
      {groupShiftsByDate(shifts, deviceTimeZone()).map((group) => (
        <Stack key={group.date} gap="xs">
          <Title order={3} size="h4">
            {format.day(group.date)}
          </Title>
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
            {group.shifts.map((shift) => (
              <Paper component="li" key={shift.id} withBorder p="sm" data-testid="shift-row">
                <Group justify="space-between" align="flex-start" gap="md">
                  <Stack gap={4}>
                    <Text fw={700}>{format.times(shift.startsAt, shift.endsAt)}</Text>
                    <RolePlaces roles={shift.roles} />
                    {shift.cancelReason && (
                      <Text c="dimmed">{t('opportunities.shifts.cancel_reason', { reason: shift.cancelReason })}</Text>
                    )}
                  </Stack>
                  <Group gap="sm">
                    <ShiftStatusBadge status={shift.status} />
                    <Button
                      component={Link}
                      to={rosterPath(shift.id)}
                      variant="default"
                      leftSection={<IconUsers size={18} aria-hidden />}
                      aria-label={t('opportunities.shifts.roster_link_label', {
                        time: `${format.day(group.date)} ${format.times(shift.startsAt, shift.endsAt)}`,
                      })}
                      data-testid="roster-link"
                    >
                      {t('opportunities.shifts.roster_link')}
                    </Button>
                  </Group>
                </Group>
              </Paper>
            ))}
          </Stack>
        </Stack>
      ))}
    </Stack>
  );
}
