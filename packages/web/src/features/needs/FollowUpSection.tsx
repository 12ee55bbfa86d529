import { Button, Group, NativeSelect, Paper, Radio, Stack, Table, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { SHOULD_CONTINUE_ANSWERS, type TNeed, ZRecordFollowUpRequest } from '@musubi/shared';
import { IconMessageCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { DataTable } from '../../ui/DataTable';
import { FormError } from '../../ui/FormError';
import { useFormatters } from '../../ui/format';
import { ProfileSection } from '../volunteers/ProfileSection';
import { type FollowUpValues, followUpRespondents, toFollowUpRequest } from './follow-up-form';
import { canRecordFollowUp } from './need-display';
import { useRecordFollowUp } from './use-needs';

const SATISFACTION = ['1', '2', '3', '4', '5'] as const;

/**
 * After the help: the answers of the person helped, the requester and each volunteer
 * (satisfaction, should it continue). The first answer marks the case followed up.
 */
export function FollowUpSection({ orgId, need }: { orgId: string; need: TNeed }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [recording, setRecording] = useState(false);
  const open = canRecordFollowUp(need.status);
  const choices = followUpRespondents(need);
  if (!open && need.followUps.length === 0) return null;

  const recordButton = open && !recording && choices.length > 0 && (
    <Button
      leftSection={<IconMessageCircle size={18} aria-hidden />}
      onClick={() => setRecording(true)}
      data-testid="follow-up-add"
    >
      {t('needs.follow_up.record')}
    </Button>
  );

  return (
    <ProfileSection title={t('needs.follow_up.title')} actions={recordButton} data-testid="follow-ups">
      {need.status === 'completed' && need.followUps.length === 0 && <Text>{t('needs.follow_up.due')}</Text>}
      {recording && <FollowUpForm orgId={orgId} need={need} onDone={() => setRecording(false)} />}
      {need.followUps.length > 0 && (
        <DataTable caption={t('needs.follow_up.caption')} captionHidden minWidth={760}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('needs.follow_up.respondent')}</Table.Th>
              <Table.Th scope="col">{t('needs.follow_up.satisfaction')}</Table.Th>
              <Table.Th scope="col">{t('needs.follow_up.should_continue')}</Table.Th>
              <Table.Th scope="col">{t('needs.follow_up.comment')}</Table.Th>
              <Table.Th scope="col">{t('needs.follow_up.recorded')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {need.followUps.map((answer) => (
              <Table.Tr key={answer.id} data-testid="follow-up">
                <Table.Td>
                  {t(`needs.respondent_${answer.respondent}`)}
                  {answer.respondentName && <Text>{answer.respondentName}</Text>}
                </Table.Td>
                <Table.Td>
                  {t('needs.follow_up.satisfaction_value', {
                    value: answer.satisfaction,
                    label: t(`needs.satisfaction_${answer.satisfaction as 1 | 2 | 3 | 4 | 5}`),
                  })}
                </Table.Td>
                <Table.Td>{t(`needs.should_continue_${answer.shouldContinue}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{answer.comment}</Table.Td>
                <Table.Td>
                  {t('needs.follow_up.recorded_detail', {
                    method: t(`needs.follow_up_method_${answer.method}`),
                    date: format.dateTime(answer.recordedAt),
                    name: answer.recordedByName ?? '—',
                  })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
    </ProfileSection>
  );
}

function FollowUpForm({ orgId, need, onDone }: { orgId: string; need: TNeed; onDone: () => void }) {
  const { t } = useTranslation();
  const record = useRecordFollowUp(orgId, need.id);
  const choices = followUpRespondents(need);
  const form = useForm<FollowUpValues>({
    initialValues: {
      respondent: choices[0]?.key ?? 'recipient',
      method: 'phone',
      satisfaction: '',
      shouldContinue: '',
      comment: '',
    },
    validate: (values) => {
      const errors = contractErrors(ZRecordFollowUpRequest, toFollowUpRequest(values));
      // Nothing chosen yet reads as a choice to make, not as a wrong number.
      if (values.satisfaction === '') errors.satisfaction = t('validation.invalid_value');
      return errors;
    },
  });
  const submit = form.onSubmit((values) =>
    record.mutate(toFollowUpRequest(values), {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('needs.follow_up.recorded_done') });
        onDone();
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate data-testid="follow-up-form">
        <Stack>
          <NativeSelect
            label={t('needs.follow_up.respondent')}
            data={choices.map((choice) => ({
              value: choice.key,
              label: choice.name
                ? t('needs.follow_up.respondent_named', {
                    respondent: t(`needs.respondent_${choice.respondent}`),
                    name: choice.name,
                  })
                : t(`needs.respondent_${choice.respondent}`),
            }))}
            data-testid="follow-up-respondent"
            {...form.getInputProps('respondent')}
          />
          <Radio.Group label={t('needs.follow_up.method')} {...form.getInputProps('method')}>
            <Group gap="lg" mt="xs">
              {(['phone', 'visit', 'paper'] as const).map((method) => (
                <Radio key={method} value={method} size="md" label={t(`needs.follow_up_method_${method}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Radio.Group label={t('needs.follow_up.satisfaction')} {...form.getInputProps('satisfaction')}>
            <Group gap="md" mt="xs">
              {SATISFACTION.map((value) => (
                <Radio
                  key={value}
                  value={value}
                  size="md"
                  label={t('needs.follow_up.satisfaction_value', {
                    value,
                    label: t(`needs.satisfaction_${value}`),
                  })}
                  data-testid={`satisfaction-${value}`}
                />
              ))}
            </Group>
          </Radio.Group>
          <Radio.Group label={t('needs.follow_up.should_continue')} {...form.getInputProps('shouldContinue')}>
            <Group gap="lg" mt="xs">
              {SHOULD_CONTINUE_ANSWERS.map((answer) => (
                <Radio
                  key={answer}
                  value={answer}
                  size="md"
                  label={t(`needs.should_continue_${answer}`)}
                  data-testid={`continue-${answer}`}
                />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label={t('common.optional', { label: t('needs.follow_up.comment') })}
            autosize
            minRows={2}
            data-testid="follow-up-comment"
            {...form.getInputProps('comment')}
          />
          <FormError error={record.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone} disabled={record.isPending}>
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending} data-testid="follow-up-submit">
              {t('needs.follow_up.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
