import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  COORDINATOR_ROLES,
  RESOURCE_LINE_STATUSES_BY_KIND,
  type TNeed,
  type TResourceLine,
  type TResourceLineStatus,
} from '@musubi/shared';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { optionalText } from '../../app/forms';
import { useHasRole } from '../../app/shell/RequireRoles';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { DataTable } from '../../ui/DataTable';
import { FormError } from '../../ui/FormError';
import { useFormatters } from '../../ui/format';
import { StatusBadge } from '../../ui/StatusBadge';
import { ProfileSection } from '../volunteers/ProfileSection';
import { AddResourceLineForm } from './AddResourceLineForm';
import { isoToLocal, localToIso } from './resource-line-form';
import { useRemoveResourceLine, useUpdateResourceLine } from './use-needs';

const LINE_STATUS_COLORS: Record<TResourceLineStatus, string> = {
  planned: 'yellow',
  pending: 'yellow',
  confirmed: 'blue',
  accepted: 'green',
  done: 'green',
  declined: 'red',
  cancelled: 'gray',
};

/** The ways the case is met: volunteers' time, referrals, goods and money, side by side. */
export function ResourceLinesSection({ orgId, need }: { orgId: string; need: TNeed }) {
  const { t } = useTranslation();
  const coordinates = useHasRole(COORDINATOR_ROLES);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<TResourceLine | null>(null);
  const [removing, setRemoving] = useState<TResourceLine | null>(null);
  const remove = useRemoveResourceLine(orgId, need.id);
  const open = need.status !== 'closed';
  const lines = need.resourceLines;

  const addButton = coordinates && open && !adding && (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setAdding(true)} data-testid="line-add">
      {t('needs.lines.add')}
    </Button>
  );

  return (
    <ProfileSection title={t('needs.lines.title')} actions={addButton} data-testid="resource-lines">
      {adding && <AddResourceLineForm orgId={orgId} needId={need.id} onDone={() => setAdding(false)} />}
      {lines.length === 0 ? (
        <Text>{t('needs.lines.none')}</Text>
      ) : (
        <LinesTable
          lines={lines}
          actions={coordinates && open}
          onEdit={setEditing}
          onRemove={(line) => {
            remove.reset();
            setRemoving(line);
          }}
        />
      )}
      <EditLineModal orgId={orgId} needId={need.id} line={editing} onClose={() => setEditing(null)} />
      <ConfirmModal
        opened={removing !== null}
        title={t('needs.lines.remove_title')}
        confirmLabel={t('needs.lines.remove')}
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.id, {
            onSuccess: () => {
              setRemoving(null);
              notifications.show({ color: 'green', message: t('needs.lines.removed') });
            },
          })
        }
        onClose={() => setRemoving(null)}
      >
        {t('needs.lines.remove_body')}
      </ConfirmModal>
    </ProfileSection>
  );
}

interface LinesTableProps {
  lines: TResourceLine[];
  actions: boolean;
  onEdit: (line: TResourceLine) => void;
  onRemove: (line: TResourceLine) => void;
}

function LinesTable({ lines, actions, onEdit, onRemove }: LinesTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <DataTable caption={t('needs.lines.caption', { count: lines.length })} captionHidden minWidth={820}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('needs.lines.columns.kind')}</Table.Th>
          <Table.Th scope="col">{t('needs.lines.columns.what')}</Table.Th>
          <Table.Th scope="col">{t('needs.lines.columns.status')}</Table.Th>
          <Table.Th scope="col">{t('needs.lines.columns.when')}</Table.Th>
          <Table.Th scope="col">{t('needs.line_field_note')}</Table.Th>
          {actions && <Table.Th scope="col">{t('needs.lines.columns.actions')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line) => {
          const what = lineWhat(line, t('needs.case.not_set'), format.number);
          return (
            <Table.Tr key={line.id} data-testid="resource-line">
              <Table.Td>{t(`needs.line_kind_${line.kind}`)}</Table.Td>
              <Table.Td>
                {line.kind === 'volunteer_time' && line.volunteerId ? (
                  <Anchor component={Link} to={`/volunteers/${line.volunteerId}`}>
                    {what}
                  </Anchor>
                ) : (
                  what
                )}
                {line.kind === 'referral' && line.referralTargetKind && (
                  <Text size="sm">{t(`needs.referral_target_${line.referralTargetKind}`)}</Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <StatusBadge color={LINE_STATUS_COLORS[line.status]}>
                  {t(`needs.line_status_${line.status}`)}
                </StatusBadge>
              </Table.Td>
              <Table.Td>
                {line.plannedStart && <Text>{format.dateTime(line.plannedStart)}</Text>}
                {line.minutes !== null && <Text>{t('needs.lines.minutes_value', { minutes: line.minutes })}</Text>}
                {line.answeredAt && (
                  <Text>{t('needs.lines.answered', { date: format.dateTime(line.answeredAt) })}</Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{line.note}</Table.Td>
              {actions && (
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('needs.lines.edit_named', { what })}
                      onClick={() => onEdit(line)}
                      data-testid="line-edit"
                    >
                      <IconPencil size={20} aria-hidden />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red.9"
                      aria-label={t('needs.lines.remove_named', { what })}
                      onClick={() => onRemove(line)}
                      data-testid="line-remove"
                    >
                      <IconTrash size={20} aria-hidden />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </DataTable>
  );
}

/** What a line brings, in a few words: the volunteer, the place referred to, the goods or the sum. */
function lineWhat(line: TResourceLine, notSet: string, number: (value: number) => string): string {
  switch (line.kind) {
    case 'volunteer_time':
      return line.volunteerName ?? notSet;
    case 'referral':
      return line.referralTargetName ?? notSet;
    case 'goods':
      return [line.description, line.quantity !== null && `${number(line.quantity)}${line.unit ?? ''}`]
        .filter(Boolean)
        .join(' ');
    case 'money':
      return [line.description, line.amount !== null && `${number(line.amount)} ${line.currency ?? ''}`]
        .filter(Boolean)
        .join(' ');
  }
}

interface EditLineModalProps {
  orgId: string;
  needId: string;
  line: TResourceLine | null;
  onClose: () => void;
}

/** Changes a line's status, and for a volunteer's time when and how long; kept in the timeline. */
function EditLineModal({ orgId, needId, line, onClose }: EditLineModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={line !== null} onClose={onClose} title={t('needs.lines.edit')} centered>
      {line && <EditLineFields key={line.id} orgId={orgId} needId={needId} line={line} onClose={onClose} />}
    </Modal>
  );
}

function EditLineFields({ orgId, needId, line, onClose }: EditLineModalProps & { line: TResourceLine }) {
  const { t } = useTranslation();
  const update = useUpdateResourceLine(orgId, needId);
  const [status, setStatus] = useState<TResourceLineStatus>(line.status);
  const [plannedStart, setPlannedStart] = useState(isoToLocal(line.plannedStart));
  const [minutes, setMinutes] = useState<number | string>(line.minutes ?? '');
  const [note, setNote] = useState(line.note ?? '');
  const volunteer = line.kind === 'volunteer_time';

  const save = () => {
    const body: Record<string, unknown> = {};
    if (status !== line.status) body.status = status;
    if ((optionalText(note) ?? null) !== line.note) body.note = optionalText(note) ?? null;
    if (volunteer) {
      const start = localToIso(plannedStart) ?? null;
      if (isoToLocal(start) !== isoToLocal(line.plannedStart)) body.plannedStart = start;
      const mins = minutes === '' ? null : Number(minutes);
      if (mins !== line.minutes) body.minutes = mins;
    }
    if (Object.keys(body).length === 0) {
      onClose();
      return;
    }
    update.mutate(
      { lineId: line.id, body },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('needs.lines.saved') });
          onClose();
        },
      },
    );
  };

  return (
    <Stack>
      <NativeSelect
        label={t('needs.line_field_status')}
        data={RESOURCE_LINE_STATUSES_BY_KIND[line.kind].map((value) => ({
          value,
          label: t(`needs.line_status_${value}`),
        }))}
        value={status}
        onChange={(event) => setStatus(event.currentTarget.value as TResourceLineStatus)}
        data-testid="line-status"
      />
      {volunteer && (
        <>
          <TextInput
            type="datetime-local"
            label={t('common.optional', { label: t('needs.line_field_planned_start') })}
            value={plannedStart}
            onChange={(event) => setPlannedStart(event.currentTarget.value)}
          />
          <NumberInput
            label={t('common.optional', { label: t('needs.line_field_minutes') })}
            min={0}
            max={100000}
            allowDecimal={false}
            allowNegative={false}
            value={minutes}
            onChange={setMinutes}
            data-testid="line-minutes"
          />
        </>
      )}
      <TextInput
        label={t('common.optional', { label: t('needs.line_field_note') })}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      <FormError error={update.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} disabled={update.isPending}>
          {t('common.actions.cancel')}
        </Button>
        <Button loading={update.isPending} onClick={save} data-testid="line-save">
          {t('common.actions.save')}
        </Button>
      </Group>
    </Stack>
  );
}
