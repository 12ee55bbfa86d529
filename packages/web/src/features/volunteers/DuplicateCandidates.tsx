import { Alert, Anchor, Button, List, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { TDuplicateCandidate } from '@musubi/shared';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../ui/DataTable';
import { useCalendarDate } from '../../ui/format';
import { VolunteerStatusBadge } from './VolunteerBadges';

/** Why a record may be the same person, one line each. */
export function DuplicateReasons({ reasons }: { reasons: TDuplicateCandidate['reasons'] }) {
  const { t } = useTranslation();
  return (
    <List size="md" spacing={2}>
      {reasons.map((reason) => (
        <List.Item key={reason}>{t(`volunteers.duplicate_reasons.${reason}`)}</List.Item>
      ))}
    </List>
  );
}

interface DuplicateCandidatesProps {
  candidates: TDuplicateCandidate[];
  loading: boolean;
  /** Registers the person anyway, as someone other than the candidates. */
  onRegisterAnyway: () => void;
}

/** Shown when the server finds records that may be the same person as the one being registered. */
export function DuplicateCandidates({ candidates, loading, onRegisterAnyway }: DuplicateCandidatesProps) {
  const { t } = useTranslation();
  const calendarDate = useCalendarDate();
  return (
    <Alert
      color="yellow"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('volunteers.duplicate_title')}
      // Yellow text on light yellow is far below 4.5:1: the words keep the page's text color.
      c="var(--mantine-color-text)"
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
      role="alert"
      data-testid="duplicate-candidates"
    >
      <Stack>
        <Text>{t('volunteers.duplicate_help')}</Text>
        <DataTable caption={t('volunteers.duplicate_caption', { count: candidates.length })} minWidth={620}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('volunteers.columns.name')}</Table.Th>
              <Table.Th scope="col">{t('volunteers.fields.birth_date')}</Table.Th>
              <Table.Th scope="col">{t('volunteers.columns.status')}</Table.Th>
              <Table.Th scope="col">{t('volunteers.columns.match_reasons')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {candidates.map((candidate) => (
              <Table.Tr key={candidate.volunteerId}>
                <Table.Td>
                  <Anchor component={Link} to={`/volunteers/${candidate.volunteerId}`} target="_blank" fw={500}>
                    {candidate.name}
                    <VisuallyHidden>{t('volunteers.opens_in_new_tab')}</VisuallyHidden>
                  </Anchor>
                  {candidate.nameReading && <Text c="dimmed">{candidate.nameReading}</Text>}
                </Table.Td>
                <Table.Td>{candidate.birthDate ? calendarDate(candidate.birthDate) : '—'}</Table.Td>
                <Table.Td>
                  <VolunteerStatusBadge status={candidate.status} />
                </Table.Td>
                <Table.Td>
                  <DuplicateReasons reasons={candidate.reasons} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
        <Button
          variant="default"
          loading={loading}
          onClick={onRegisterAnyway}
          style={{ alignSelf: 'flex-start' }}
          data-testid="register-anyway"
        >
          {t('volunteers.register_anyway')}
        </Button>
      </Stack>
    </Alert>
  );
}
