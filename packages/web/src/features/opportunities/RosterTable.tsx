import { Anchor, Button, List, Stack, Table, Text } from '@mantine/core';
import { IconUserMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../ui/DataTable';
import { sortRoster, type TRosterEntry } from './roster';
import { SignupStatusBadge } from './StatusBadges';

interface RosterTableProps {
  entries: TRosterEntry[];
  /** Offers "cancel the place" on confirmed and waitlisted rows. */
  onCancel?: (entry: TRosterEntry) => void;
}

/** The people on a shift, how to reach them, and what to check before the day. */
export function RosterTable({ entries, onCancel }: RosterTableProps) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('opportunities.roster.table_caption', {
        count: entries.filter((e) => e.status !== 'cancelled').length,
      })}
      minWidth={900}
      data-testid="roster-table"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('opportunities.roster.columns.name')}</Table.Th>
          <Table.Th scope="col">{t('opportunities.roster.columns.role')}</Table.Th>
          <Table.Th scope="col">{t('opportunities.roster.columns.status')}</Table.Th>
          <Table.Th scope="col">{t('opportunities.roster.columns.contact')}</Table.Th>
          <Table.Th scope="col">{t('opportunities.roster.columns.notes')}</Table.Th>
          {onCancel && <Table.Th scope="col">{t('opportunities.roster.columns.actions')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sortRoster(entries).map((entry) => (
          <Table.Tr key={entry.id} data-testid="roster-row">
            <Table.Td>
              <Anchor component={Link} to={`/volunteers/${entry.volunteerId}`} fw={500}>
                {entry.volunteerName}
              </Anchor>
              {entry.source === 'coordinator' && <Text c="dimmed">{t('opportunities.roster.assigned')}</Text>}
            </Table.Td>
            <Table.Td>{entry.roleName ?? t('opportunities.shifts.general_role')}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <SignupStatusBadge status={entry.status} position={entry.waitlistPosition} />
            </Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>
              <RosterContact entry={entry} />
            </Table.Td>
            <Table.Td>
              <RosterNotes entry={entry} />
            </Table.Td>
            {onCancel && (
              <Table.Td>
                {entry.status !== 'cancelled' && (
                  <Button
                    variant="default"
                    size="sm"
                    leftSection={<IconUserMinus size={16} aria-hidden />}
                    onClick={() => onCancel(entry)}
                    aria-label={t('opportunities.roster.cancel_place_for', { name: entry.volunteerName })}
                    data-testid="cancel-place"
                  >
                    {t('opportunities.roster.cancel_place')}
                  </Button>
                )}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}

/** The way the person wants to be reached, with the number to call when that is the phone. */
function RosterContact({ entry }: { entry: TRosterEntry }) {
  const { t } = useTranslation();
  const callFirst = entry.preferredChannel === 'phone' && entry.phone;
  return (
    <Stack gap={0}>
      <Text>{t(`participation.channel_${entry.preferredChannel}`)}</Text>
      {entry.phone && (
        <Anchor href={`tel:${entry.phone}`} fw={callFirst ? 700 : undefined}>
          {entry.phone}
        </Anchor>
      )}
      {entry.email && <Text>{entry.email}</Text>}
    </Stack>
  );
}

/** What to check: missing insurance, a record that is not active, why a place was cancelled. */
function RosterNotes({ entry }: { entry: TRosterEntry }) {
  const { t } = useTranslation();
  const notes = [
    ...entry.warnings.map((warning) => t(`opportunities.warnings.${warning}`)),
    ...(entry.volunteerStatus !== 'active'
      ? [t('opportunities.roster.volunteer_status', { status: t(`participation.status_${entry.volunteerStatus}`) })]
      : []),
    ...(entry.cancelReason ? [t('opportunities.roster.cancel_reason', { reason: entry.cancelReason })] : []),
  ];
  if (notes.length === 0) return null;
  return (
    <List spacing={2} size="md">
      {notes.map((note) => (
        <List.Item key={note}>{note}</List.Item>
      ))}
    </List>
  );
}
