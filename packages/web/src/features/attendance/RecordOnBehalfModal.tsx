import { Button, Group, Modal, NativeSelect, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/FormError';
import { useVolunteerSearch } from '../opportunities/use-roster';
import { fromLocalInput } from './attendance-display';
import { CaseSelect } from './CaseSelect';
import { useRecordAttendance, useSites } from './use-attendance';

interface RecordOnBehalfModalProps {
  orgId: string;
  opened: boolean;
  onClose: () => void;
}

/** A coordinator records attendance for someone without a phone: who, where, arrival and (when known) departure. */
export function RecordOnBehalfModal({ orgId, opened, onClose }: RecordOnBehalfModalProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [volunteerId, setVolunteerId] = useState('');
  const [opportunityId, setOpportunityId] = useState('');
  const [needId, setNeedId] = useState('');
  const [clockIn, setClockIn] = useState('');
  const [clockOut, setClockOut] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const found = useVolunteerSearch(orgId, q);
  const sites = useSites(orgId);
  const record = useRecordAttendance(orgId);

  useEffect(() => {
    if (!opened) return;
    setSearch('');
    setVolunteerId('');
    setOpportunityId('');
    setNeedId('');
    setClockIn('');
    setClockOut('');
    setProblem(null);
    record.reset();
  }, [opened, record.reset]);

  const submit = () => {
    const clockInAt = fromLocalInput(clockIn);
    const clockOutAt = fromLocalInput(clockOut);
    if (!volunteerId || !opportunityId || !clockInAt) {
      setProblem(t('attendance.approval.on_behalf_incomplete'));
      return;
    }
    if (clockOutAt && clockOutAt <= clockInAt) {
      setProblem(t('attendance.approval.times_invalid'));
      return;
    }
    record.mutate(
      { volunteerId, opportunityId, clockInAt, clockOutAt, needId: needId || null },
      { onSuccess: onClose },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('attendance.approval.on_behalf_title')} centered size="lg">
      <Stack data-testid="on-behalf-form">
        <Text>{t('attendance.approval.on_behalf_intro')}</Text>
        <TextInput
          type="search"
          label={t('attendance.approval.on_behalf_search')}
          leftSection={<IconSearch size={18} aria-hidden />}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setVolunteerId('');
            setNeedId('');
          }}
          data-testid="on-behalf-search"
        />
        {/* Only results for what is typed now: the debounced text lags behind (and outlives a reopening). */}
        {q !== '' &&
          q === search.trim() &&
          found.data &&
          (found.data.length === 0 ? (
            <Text role="status">{t('attendance.approval.on_behalf_none')}</Text>
          ) : (
            <Radio.Group
              label={t('attendance.approval.on_behalf_choose')}
              value={volunteerId}
              onChange={(id) => {
                setVolunteerId(id);
                setNeedId('');
              }}
            >
              <Stack gap="sm" mt="xs">
                {found.data.map((volunteer) => (
                  <Radio
                    key={volunteer.id}
                    value={volunteer.id}
                    label={volunteer.name}
                    description={volunteer.nameReading ?? undefined}
                    data-testid="on-behalf-volunteer"
                  />
                ))}
              </Stack>
            </Radio.Group>
          ))}
        <NativeSelect
          label={t('attendance.field_activity')}
          value={opportunityId}
          onChange={(event) => setOpportunityId(event.currentTarget.value)}
          data={[
            { value: '', label: t('attendance.approval.on_behalf_pick_activity') },
            ...(sites.data?.sites ?? []).map((site) => ({ value: site.opportunityId, label: site.opportunityTitle })),
          ]}
          data-testid="on-behalf-activity"
        />
        <CaseSelect orgId={orgId} volunteerId={volunteerId} value={needId} onChange={setNeedId} />
        <Group grow>
          <TextInput
            type="datetime-local"
            label={t('attendance.field_clock_in')}
            value={clockIn}
            onChange={(event) => setClockIn(event.currentTarget.value)}
            data-testid="on-behalf-clock-in"
          />
          <TextInput
            type="datetime-local"
            label={t('common.optional', { label: t('attendance.field_clock_out') })}
            value={clockOut}
            onChange={(event) => setClockOut(event.currentTarget.value)}
            data-testid="on-behalf-clock-out"
          />
        </Group>
        {problem && (
          <Text c="red.8" role="alert">
            {problem}
          </Text>
        )}
        <FormError error={record.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={record.isPending}>
            {t('common.actions.cancel')}
          </Button>
          <Button loading={record.isPending} onClick={submit} data-testid="on-behalf-submit">
            {t('attendance.approval.on_behalf_submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
