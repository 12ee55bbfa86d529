import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { COORDINATOR_ROLES, type TDuplicateCandidate } from '@musubi/shared';
import { IconCopyCheck } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireRoles } from '../../app/shell/RequireRoles';
import { DataTable } from '../../ui/DataTable';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { useCalendarDate } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { DuplicateReasons } from './DuplicateCandidates';
import { type MergeChoice, MergeModal } from './MergeModal';
import { useDuplicates } from './use-volunteers';
import { VolunteerStatusBadge } from './VolunteerBadges';

/** Records that may be the same person, for coordinators to merge. */
export function DuplicatesPage() {
  return (
    <RequireRoles roles={COORDINATOR_ROLES}>
      <DuplicatesList />
    </RequireRoles>
  );
}

function DuplicatesList() {
  const { t } = useTranslation();
  const { orgId } = useActiveMembership()!;
  const duplicates = useDuplicates(orgId);
  const [choice, setChoice] = useState<MergeChoice | null>(null);
  const pairs = duplicates.data?.duplicates ?? [];

  return (
    <>
      <PageHeader
        title={t('volunteers.duplicates_title')}
        description={t('volunteers.duplicates_description')}
        actions={
          <Button component={Link} to="/volunteers" variant="default">
            {t('volunteers.back_to_list')}
          </Button>
        }
      />
      {duplicates.isPending && <LoadingState />}
      {duplicates.isError && <ErrorState error={duplicates.error} onRetry={() => void duplicates.refetch()} />}
      {duplicates.isSuccess &&
        (pairs.length === 0 ? (
          <EmptyNotice title={t('volunteers.duplicates_empty')} icon={<IconCopyCheck aria-hidden />} />
        ) : (
          <Stack gap="lg">
            {pairs.map((pair) => (
              <DuplicateGroup
                key={pair.volunteer.volunteerId}
                volunteer={pair.volunteer}
                candidates={pair.candidates}
                onMerge={setChoice}
              />
            ))}
          </Stack>
        ))}
      <MergeModal orgId={orgId} choice={choice} onClose={() => setChoice(null)} />
    </>
  );
}

interface DuplicateGroupProps {
  volunteer: TDuplicateCandidate;
  candidates: TDuplicateCandidate[];
  /** Asks to fold one record into the other (either way: the older or the newer may be the one to keep). */
  onMerge: (choice: MergeChoice) => void;
}

/** One record and the records that may be the same person. */
function DuplicateGroup({ volunteer, candidates, onMerge }: DuplicateGroupProps) {
  const { t } = useTranslation();
  const calendarDate = useCalendarDate();
  const headingId = useId();
  const birthDate = (date: string | null) => (date ? calendarDate(date) : '—');
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" data-testid="duplicate-group">
      <Stack>
        <Group gap="sm" align="baseline">
          <Title order={2} size="h3" id={headingId}>
            <Anchor component={Link} to={`/volunteers/${volunteer.volunteerId}`} inherit>
              {volunteer.name}
            </Anchor>
          </Title>
          {volunteer.nameReading && <Text c="dimmed">{volunteer.nameReading}</Text>}
          <Text>{t('volunteers.born', { date: birthDate(volunteer.birthDate) })}</Text>
          <VolunteerStatusBadge status={volunteer.status} />
        </Group>
        <DataTable
          caption={t('volunteers.candidates_caption', { name: volunteer.name, count: candidates.length })}
          minWidth={760}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('volunteers.columns.name')}</Table.Th>
              <Table.Th scope="col">{t('volunteers.fields.birth_date')}</Table.Th>
              <Table.Th scope="col">{t('volunteers.columns.status')}</Table.Th>
              <Table.Th scope="col">{t('volunteers.columns.match_reasons')}</Table.Th>
              <Table.Th scope="col">{t('volunteers.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {candidates.map((candidate) => (
              <Table.Tr key={candidate.volunteerId} data-testid="duplicate-candidate">
                <Table.Td>
                  <Anchor component={Link} to={`/volunteers/${candidate.volunteerId}`} fw={500}>
                    {candidate.name}
                  </Anchor>
                  {candidate.nameReading && <Text c="dimmed">{candidate.nameReading}</Text>}
                </Table.Td>
                <Table.Td>{birthDate(candidate.birthDate)}</Table.Td>
                <Table.Td>
                  <VolunteerStatusBadge status={candidate.status} />
                </Table.Td>
                <Table.Td>
                  <DuplicateReasons reasons={candidate.reasons} />
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Button
                      variant="default"
                      onClick={() => onMerge({ from: volunteer, into: candidate })}
                      aria-label={t('volunteers.merge_into_named', { from: volunteer.name, into: candidate.name })}
                      data-testid="merge"
                    >
                      {t('volunteers.merge_into')}
                    </Button>
                    <Button
                      variant="subtle"
                      onClick={() => onMerge({ from: candidate, into: volunteer })}
                      aria-label={t('volunteers.merge_into_above_named', {
                        from: candidate.name,
                        into: volunteer.name,
                      })}
                      data-testid="merge-reverse"
                    >
                      {t('volunteers.merge_into_above')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      </Stack>
    </Paper>
  );
}
