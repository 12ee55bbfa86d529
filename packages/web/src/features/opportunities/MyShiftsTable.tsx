import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import type { TMySignup } from '@musubi/shared';
import { IconCalendarMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../ui/DataTable';
import { useFormatters } from '../../ui/format';
import { sharePath } from './paths';
import { SignupStatusBadge } from './StatusBadges';
import { useShiftFormat } from './shift-format';

interface MyShiftsTableProps {
  signups: TMySignup[];
  caption: string;
  testId: string;
  rowTestId: string;
  /** Offered on upcoming shifts until their cancellation deadline. */
  onCancel?: (signup: TMySignup) => void;
}

/** One's own shifts: when, what and where, the place's status, and cancelling (or whom to call). */
export function MyShiftsTable({ signups, caption, testId, rowTestId, onCancel }: MyShiftsTableProps) {
  const { t } = useTranslation();
  const shiftFormat = useShiftFormat();
  const now = Date.now();
  return (
    // The section's heading already names the table: the caption is for screen readers.
    <DataTable caption={caption} captionHidden minWidth={640} data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('opportunities.my_shifts.columns.when')}</Table.Th>
          <Table.Th scope="col">{t('opportunities.my_shifts.columns.activity')}</Table.Th>
          <Table.Th scope="col">{t('opportunities.my_shifts.columns.status')}</Table.Th>
          {onCancel && <Table.Th scope="col">{t('opportunities.my_shifts.columns.cancel')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {signups.map((signup) => (
          <Table.Tr key={signup.id} data-testid={rowTestId}>
            <Table.Td>{shiftFormat.range(signup.startsAt, signup.endsAt)}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={sharePath(signup.opportunityId)} fw={500}>
                {signup.title}
              </Anchor>
              <Text c="dimmed">
                {signup.orgName}
                {signup.roleName && ` · ${signup.roleName}`}
              </Text>
              {(signup.online || signup.address) && (
                <Text style={{ overflowWrap: 'anywhere' }}>
                  {signup.online ? t('opportunities.facts.online') : signup.address}
                </Text>
              )}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <SignupStatusBadge status={signup.status} position={signup.waitlistPosition} />
            </Table.Td>
            {onCancel && (
              <Table.Td>
                {signup.status !== 'cancelled' && (
                  <CancelCell
                    signup={signup}
                    cancellable={Date.parse(signup.cancellableUntil) > now}
                    onCancel={onCancel}
                  />
                )}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}

function CancelCell({
  signup,
  cancellable,
  onCancel,
}: {
  signup: TMySignup;
  cancellable: boolean;
  onCancel: (signup: TMySignup) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (!cancellable) {
    return <Text maw={260}>{t('opportunities.my_shifts.call_to_cancel', { orgName: signup.orgName })}</Text>;
  }
  return (
    <Stack gap={4} align="flex-start">
      <Button
        variant="default"
        leftSection={<IconCalendarMinus size={18} aria-hidden />}
        onClick={() => onCancel(signup)}
        aria-label={t('opportunities.my_shifts.cancel_for', { title: signup.title })}
        data-testid="my-shift-cancel"
      >
        {t('opportunities.my_shifts.cancel')}
      </Button>
      <Text c="dimmed" size="sm">
        {t('opportunities.my_shifts.cancel_until', { date: format.dateTime(signup.cancellableUntil) })}
      </Text>
    </Stack>
  );
}
