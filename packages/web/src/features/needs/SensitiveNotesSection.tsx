import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { COORDINATOR_ROLES } from '@musubi/shared';
import { IconEye, IconEyeOff, IconLock, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasRole } from '../../app/shell/RequireRoles';
import { FormError } from '../../ui/FormError';
import { useFormatters } from '../../ui/format';
import { StatusBadge } from '../../ui/StatusBadge';
import { ProfileSection } from '../volunteers/ProfileSection';
import type { TSensitiveCategory } from './need-form';
import type { TNoteSubject } from './needs.api';
import { SensitiveNoteFields } from './SensitiveNoteFields';
import { useAddSensitiveNote, useReadSensitiveNotes } from './use-needs';

interface SensitiveNotesSectionProps {
  orgId: string;
  subject: TNoteSubject;
  /** How many notes exist (ordinary reads carry the count, never the content). */
  count: number;
}

/**
 * Health and family notes: nothing of their content shows until a coordinator presses
 * "Show", and the page says that every showing is recorded. Staff may add a note.
 */
export function SensitiveNotesSection({ orgId, subject, count }: SensitiveNotesSectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const reads = useHasRole(COORDINATOR_ROLES);
  const read = useReadSensitiveNotes(orgId, subject);
  const [writing, setWriting] = useState(false);
  const shown = read.data?.notes;

  return (
    <ProfileSection
      title={t('needs.sensitive.title')}
      data-testid="sensitive-notes"
      actions={
        !writing && (
          <Button
            variant="default"
            leftSection={<IconPencil size={18} aria-hidden />}
            onClick={() => setWriting(true)}
            data-testid="sensitive-add"
          >
            {t('needs.sensitive.add')}
          </Button>
        )
      }
    >
      <Text data-testid="sensitive-count">{t('needs.sensitive.count', { count })}</Text>
      {reads ? (
        <Alert color="orange" variant="light" icon={<IconLock aria-hidden />}>
          {t('needs.sensitive.audit_notice')}
        </Alert>
      ) : (
        <Text>{t('needs.sensitive.coordinators_only')}</Text>
      )}
      {reads && count > 0 && (
        <Group>
          {shown ? (
            <Button
              variant="default"
              leftSection={<IconEyeOff size={18} aria-hidden />}
              onClick={() => read.reset()}
              data-testid="sensitive-hide"
            >
              {t('needs.sensitive.hide')}
            </Button>
          ) : (
            <Button
              leftSection={<IconEye size={18} aria-hidden />}
              loading={read.isPending}
              onClick={() => read.mutate()}
              data-testid="sensitive-show"
            >
              {t('needs.sensitive.show')}
            </Button>
          )}
        </Group>
      )}
      <FormError error={read.error} />
      {shown && (
        <Stack gap="sm" data-testid="sensitive-list" aria-live="polite">
          {shown.map((note) => (
            <Paper key={note.id} withBorder p="sm" data-testid="sensitive-note">
              <Group gap="sm" mb={4}>
                <StatusBadge color="orange">{t(`needs.sensitive_category_${note.category}`)}</StatusBadge>
                <Text size="sm">
                  {t('needs.sensitive.written_by', {
                    name: note.writtenByName ?? '—',
                    date: format.dateTime(note.writtenAt),
                  })}
                </Text>
              </Group>
              <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{note.body}</Text>
            </Paper>
          ))}
        </Stack>
      )}
      {writing && (
        <AddSensitiveNoteForm
          orgId={orgId}
          subject={subject}
          onDone={() => {
            setWriting(false);
            // What is shown no longer holds every note: hide it, to be shown (and recorded) again.
            read.reset();
          }}
        />
      )}
    </ProfileSection>
  );
}

function AddSensitiveNoteForm({
  orgId,
  subject,
  onDone,
}: {
  orgId: string;
  subject: TNoteSubject;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const add = useAddSensitiveNote(orgId, subject);
  const [category, setCategory] = useState<TSensitiveCategory>('health');
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState(false);
  const save = () => {
    if (body.trim() === '') {
      setMissing(true);
      return;
    }
    add.mutate(
      { category, body: body.trim() },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('needs.sensitive.added') });
          onDone();
        },
      },
    );
  };
  return (
    <Stack gap="sm" data-testid="sensitive-form">
      <SensitiveNoteFields
        category={{ value: category, onChange: setCategory }}
        body={{
          value: body,
          onChange: (value) => {
            setBody(value);
            setMissing(false);
          },
          error: missing ? t('validation.required') : undefined,
        }}
      />
      <FormError error={add.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone} disabled={add.isPending}>
          {t('common.actions.cancel')}
        </Button>
        <Button loading={add.isPending} onClick={save} data-testid="sensitive-save">
          {t('needs.sensitive.save')}
        </Button>
      </Group>
    </Stack>
  );
}
