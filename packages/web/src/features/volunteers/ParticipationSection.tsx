import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/DataTable';
import { ErrorState } from '../../ui/ErrorState';
import { useFormatters } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { Detail, DetailList, ProfileSection } from './ProfileSection';
import { useParticipation } from './use-volunteers';

/** What the person has done here: shifts, hours, milestones reached and the next one. */
export function ParticipationSection({ orgId, volunteerId }: { orgId: string; volunteerId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const history = useParticipation(orgId, volunteerId);
  return (
    <ProfileSection title={t('volunteers.participation.title')} data-testid="participation">
      {history.isPending && <LoadingState />}
      {history.isError && <ErrorState error={history.error} onRetry={() => void history.refetch()} />}
      {history.data && (
        <>
          <DetailList>
            <Detail label={t('volunteers.participation.shifts')}>{format.number(history.data.totalShifts)}</Detail>
            <Detail label={t('volunteers.participation.hours')}>
              {t('volunteers.participation.hours_value', { hours: history.data.totalHours })}
            </Detail>
            <Detail label={t('volunteers.participation.last_activity')}>
              {history.data.lastActivityAt
                ? format.date(history.data.lastActivityAt)
                : t('volunteers.participation.none_yet')}
            </Detail>
            <Detail label={t('volunteers.participation.next_milestone')}>
              {history.data.nextMilestone === null
                ? t('volunteers.participation.all_reached')
                : t('volunteers.participation.hours_value', { hours: history.data.nextMilestone })}
            </Detail>
          </DetailList>
          {history.data.milestonesReached.length > 0 && (
            <Group gap="xs" aria-label={t('volunteers.participation.milestones')}>
              {history.data.milestonesReached.map((hours) => (
                <Badge key={hours} variant="light" color="grape" size="lg">
                  {t('volunteers.participation.hours_value', { hours })}
                </Badge>
              ))}
            </Group>
          )}
          {history.data.entries.length === 0 ? (
            <Text c="dimmed">{t('volunteers.participation.empty')}</Text>
          ) : (
            <DataTable caption={t('volunteers.participation.recent')} minWidth={480}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('volunteers.participation.date')}</Table.Th>
                  <Table.Th>{t('volunteers.participation.activity')}</Table.Th>
                  <Table.Th>{t('volunteers.participation.hours')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {history.data.entries.slice(0, 20).map((entry) => (
                  <Table.Tr key={entry.signupId}>
                    <Table.Td>{format.dateTime(entry.startsAt)}</Table.Td>
                    <Table.Td>{entry.roleName ? `${entry.title}（${entry.roleName}）` : entry.title}</Table.Td>
                    <Table.Td>{format.number(entry.hours)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </DataTable>
          )}
        </>
      )}
    </ProfileSection>
  );
}
