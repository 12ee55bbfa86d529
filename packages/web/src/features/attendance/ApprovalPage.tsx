import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { COORDINATOR_ROLES, type TAttendanceFlag, type TAttendanceRecord } from '@musubi/shared';
import { IconChecks, IconDeviceTablet, IconInbox, IconMapPin, IconSettings, IconUserPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useHasRole } from '../../app/shell/RequireRoles';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import type { TRecordFilters } from './attendance.api';
import { BulkApproveModal } from './BulkApproveModal';
import { DecisionModal, type TDecision } from './DecisionModal';
import { FlagLegend } from './FlagLegend';
import { RecordFilters } from './RecordFilters';
import { RecordOnBehalfModal } from './RecordOnBehalfModal';
import { RecordsTable } from './RecordsTable';
import { useRecords } from './use-attendance';

function ApprovalQueue({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const canDecide = useHasRole(COORDINATOR_ROLES);
  const [filters, setFilters] = useState<TRecordFilters>({ status: 'pending' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [deciding, setDeciding] = useState<{ record: TAttendanceRecord; decision: TDecision } | null>(null);
  const [bulkOpen, setBulkOpen] = useState(false);
  const [onBehalfOpen, setOnBehalfOpen] = useState(false);
  const records = useRecords(orgId, filters);

  const list = records.data?.records ?? [];
  const chosen = list.filter((record) => selected.has(record.id) && record.status === 'pending');
  const flagsShown = useMemo(() => [...new Set(list.flatMap((record) => record.flags))] as TAttendanceFlag[], [list]);

  return (
    <>
      <PageHeader
        title={t('attendance.approval.title')}
        description={t('attendance.approval.intro')}
        actions={
          <>
            <Button
              component={Link}
              to="/attendance/sites"
              variant="default"
              leftSection={<IconMapPin size={18} aria-hidden />}
            >
              {t('attendance.sites.title')}
            </Button>
            <Button
              component={Link}
              to="/attendance/settings"
              variant="default"
              leftSection={<IconSettings size={18} aria-hidden />}
              data-testid="open-attendance-settings"
            >
              {t('attendance.settings.title')}
            </Button>
            <Button
              component={Link}
              to="/kiosk"
              variant="default"
              leftSection={<IconDeviceTablet size={18} aria-hidden />}
            >
              {t('attendance.kiosk.title')}
            </Button>
            {canDecide && (
              <Button
                leftSection={<IconUserPlus size={18} aria-hidden />}
                onClick={() => setOnBehalfOpen(true)}
                data-testid="record-on-behalf"
              >
                {t('attendance.approval.on_behalf_open')}
              </Button>
            )}
          </>
        }
      />
      <Stack gap="lg">
        <RecordFilters
          orgId={orgId}
          value={filters}
          onChange={(next) => {
            setFilters(next);
            setSelected(new Set());
          }}
        />
        {canDecide && (
          <Group gap="md">
            <Button
              size="md"
              leftSection={<IconChecks size={20} aria-hidden />}
              disabled={chosen.length === 0}
              onClick={() => setBulkOpen(true)}
              data-testid="bulk-approve"
            >
              {t('attendance.approval.bulk_open', { count: chosen.length })}
            </Button>
            <Text c="dimmed" role="status" data-testid="selected-count">
              {t('attendance.approval.selected', { count: chosen.length })}
            </Text>
          </Group>
        )}
        {records.isPending && <LoadingState />}
        {records.isError && <ErrorState error={records.error} onRetry={() => void records.refetch()} />}
        {records.data &&
          (list.length === 0 ? (
            <EmptyNotice
              title={t('attendance.approval.empty')}
              description={t('attendance.approval.empty_body')}
              icon={<IconInbox aria-hidden />}
            />
          ) : (
            <RecordsTable
              records={list}
              canDecide={canDecide}
              selected={selected}
              onSelect={setSelected}
              onDecide={(record, decision) => setDeciding({ record, decision })}
            />
          ))}
        <FlagLegend flags={flagsShown} />
      </Stack>
      <DecisionModal
        orgId={orgId}
        record={deciding?.record ?? null}
        decision={deciding?.decision ?? 'approve'}
        onClose={() => setDeciding(null)}
      />
      <BulkApproveModal
        orgId={orgId}
        opened={bulkOpen}
        records={chosen}
        onClose={() => setBulkOpen(false)}
        onDone={(approved) => {
          setBulkOpen(false);
          setSelected(new Set());
          notifications.show({ color: 'green', message: t('attendance.approval.bulk_done', { count: approved }) });
        }}
      />
      <RecordOnBehalfModal orgId={orgId} opened={onBehalfOpen} onClose={() => setOnBehalfOpen(false)} />
    </>
  );
}

/** `/attendance`: the office's approval queue — filter, read the flags, decide one by one or many at once. */
export function ApprovalPage() {
  const membership = useActiveMembership();
  return membership ? <ApprovalQueue orgId={membership.orgId} /> : null;
}
