import {
  Box,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  ThemeIcon,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { CONTACT_KINDS, CONTACT_PARTIES, ZLogContactRequest } from '@musubi/shared';
import {
  IconArrowBackUp,
  IconArrowsExchange,
  IconCirclePlus,
  IconClockCheck,
  IconFilePencil,
  IconLock,
  IconMessageCircle,
  IconPhoneCall,
  IconStack2,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { ErrorState } from '../../ui/ErrorState';
import { FormError } from '../../ui/FormError';
import { useFormatters } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { ProfileSection } from '../volunteers/ProfileSection';
import { type ContactValues, emptyContact, toContactRequest } from './contact-form';
import { describeTimelineEntry, newestFirst, type ReadingContext, type TimelineEntryView } from './timeline';
import { useLogContact, useNeedTimeline } from './use-needs';

const ICONS: Record<string, typeof IconPhoneCall> = {
  created: IconCirclePlus,
  status_changed: IconArrowsExchange,
  revised: IconFilePencil,
  contact: IconPhoneCall,
  resource_line_added: IconStack2,
  resource_line_changed: IconStack2,
  resource_line_removed: IconStack2,
  follow_up_recorded: IconMessageCircle,
  sensitive_note_added: IconLock,
  visit_approved: IconClockCheck,
  visit_reversed: IconArrowBackUp,
};

/** Everything that happened to the case, newest first, and logging a call, visit or message. */
export function TimelineSection({ orgId, needId, ctx }: { orgId: string; needId: string; ctx: ReadingContext }) {
  const { t } = useTranslation();
  const timeline = useNeedTimeline(orgId, needId);
  const [logging, setLogging] = useState(false);
  const entries = newestFirst(timeline.data ?? []).map((entry) => describeTimelineEntry(entry, ctx));

  const logButton = !logging && (
    <Button
      leftSection={<IconPhoneCall size={18} aria-hidden />}
      onClick={() => setLogging(true)}
      data-testid="contact-add"
    >
      {t('needs.contact.log')}
    </Button>
  );

  return (
    <ProfileSection title={t('needs.case.timeline')} actions={logButton} data-testid="timeline">
      {logging && <LogContactForm orgId={orgId} needId={needId} onDone={() => setLogging(false)} />}
      {timeline.isPending && <LoadingState />}
      {timeline.isError && <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} />}
      {timeline.isSuccess && (
        <Box component="ol" aria-label={t('needs.case.timeline')} m={0} p={0} style={{ listStyle: 'none' }}>
          {entries.map((entry) => {
            const Icon = ICONS[entry.kind] ?? IconFilePencil;
            return (
              <Box
                component="li"
                key={entry.id}
                py="sm"
                style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
                data-testid="timeline-entry"
                data-kind={entry.kind}
              >
                <Group align="flex-start" gap="sm" wrap="nowrap">
                  <ThemeIcon variant="light" size="lg" radius="xl" aria-hidden>
                    <Icon size={18} />
                  </ThemeIcon>
                  <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                    <TimelineTitle entry={entry} />
                    <TimelineBody entry={entry} />
                  </Stack>
                </Group>
              </Box>
            );
          })}
        </Box>
      )}
    </ProfileSection>
  );
}

function TimelineTitle({ entry }: { entry: TimelineEntryView }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Group gap="xs" wrap="wrap" component="span">
      <Text component="span" fw={700} data-testid="timeline-title">
        {entry.title}
      </Text>
      <Text component="span" size="sm">
        {t('needs.history.when_who', {
          date: format.dateTime(entry.at),
          name: entry.actorName ?? t('needs.history.system'),
        })}
      </Text>
    </Group>
  );
}

function TimelineBody({ entry }: { entry: TimelineEntryView }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      {entry.summary && <Text data-testid="timeline-summary">{entry.summary}</Text>}
      {entry.note && (
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="timeline-note">
          {t('needs.history.note', { note: entry.note })}
        </Text>
      )}
      {entry.changes.length > 0 && (
        <Table withTableBorder fz="sm" verticalSpacing={4} data-testid="timeline-changes">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('needs.history.field')}</Table.Th>
              <Table.Th scope="col">{t('needs.history.before')}</Table.Th>
              <Table.Th scope="col">{t('needs.history.after')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entry.changes.map((change) => (
              <Table.Tr key={change.field}>
                <Table.Th scope="row">{change.label}</Table.Th>
                <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{change.before}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{change.after}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** A call, visit or message about the case, dated when it happened (a call this morning may be logged now). */
function LogContactForm({ orgId, needId, onDone }: { orgId: string; needId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const log = useLogContact(orgId, needId);
  const [offered] = useState(emptyContact);
  const form = useForm<ContactValues>({
    initialValues: offered,
    validate: (values) => contractErrors(ZLogContactRequest, toContactRequest(values, offered.at)),
  });
  const submit = form.onSubmit((values) =>
    log.mutate(toContactRequest(values, offered.at), {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('needs.contact.logged') });
        onDone();
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  return (
    <Paper withBorder p="md" mb="md">
      <form onSubmit={submit} noValidate data-testid="contact-form">
        <Stack>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <NativeSelect
              label={t('needs.contact.kind')}
              data={CONTACT_KINDS.map((kind) => ({ value: kind, label: t(`needs.contact_kind_${kind}`) }))}
              w={{ base: '100%', xs: 180 }}
              data-testid="contact-kind"
              {...form.getInputProps('kind')}
            />
            <NativeSelect
              label={t('needs.contact.party')}
              data={CONTACT_PARTIES.map((party) => ({ value: party, label: t(`needs.contact_party_${party}`) }))}
              w={{ base: '100%', xs: 200 }}
              data-testid="contact-party"
              {...form.getInputProps('party')}
            />
            <TextInput
              type="datetime-local"
              label={t('needs.contact.at')}
              w={{ base: '100%', xs: 260 }}
              {...form.getInputProps('at')}
            />
          </Group>
          <Textarea
            label={t('common.optional', { label: t('needs.contact.note') })}
            description={t('needs.contact.note_description')}
            autosize
            minRows={2}
            data-testid="contact-note"
            {...form.getInputProps('note')}
          />
          <FormError error={log.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone} disabled={log.isPending}>
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" loading={log.isPending} data-testid="contact-submit">
              {t('needs.contact.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
