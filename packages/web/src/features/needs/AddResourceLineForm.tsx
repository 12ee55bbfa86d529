import { Button, Fieldset, Group, NativeSelect, NumberInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  REFERRAL_TARGET_KINDS,
  RESOURCE_LINE_KINDS,
  RESOURCE_LINE_STATUSES_BY_KIND,
  type TReferralTargetKind,
  ZCreateResourceLineRequest,
} from '@musubi/shared';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import type { MessageKey } from '../../app/messages';
import { FormError } from '../../ui/FormError';
import { LoadingState } from '../../ui/LoadingState';
import { useActiveMembership } from '../auth/use-session';
import { useDirectoryOrganizations, useDirectorySearch } from '../directory/use-directory';
import { useNetwork } from '../network/use-network';
import { useVolunteerList } from '../volunteers/use-volunteers';
import { emptyResourceLine, lineErrorPaths, type ResourceLineValues, toCreateLineRequest } from './resource-line-form';
import { useAddResourceLine } from './use-needs';

const CURRENCY_BY_LANGUAGE: Record<string, string> = { ja: 'JPY', ko: 'KRW', 'zh-CN': 'CNY' };

/** Adds a way of meeting the case: a volunteer's time, a referral, goods or money. */
export function AddResourceLineForm({ orgId, needId, onDone }: { orgId: string; needId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const add = useAddResourceLine(orgId, needId);
  const form = useForm<ResourceLineValues>({
    initialValues: emptyResourceLine(CURRENCY_BY_LANGUAGE[i18n.language] ?? 'JPY'),
    validate: (values) =>
      lineErrorPaths(contractErrors(ZCreateResourceLineRequest, toCreateLineRequest(values))) as Record<string, string>,
  });
  const values = form.getValues();
  const optional = (key: MessageKey) => t('common.optional', { label: t(key) });

  const submit = form.onSubmit((line) =>
    add.mutate(toCreateLineRequest(line), {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('needs.lines.added') });
        onDone();
      },
      onError: (error) =>
        applyFieldErrors({ setErrors: (errors) => form.setErrors(lineErrorPaths(errors) as never) }, error),
    }),
  );

  return (
    <form onSubmit={submit} noValidate data-testid="line-form">
      <Fieldset legend={t('needs.lines.add')}>
        <Stack>
          <NativeSelect
            label={t('needs.lines.columns.kind')}
            data={RESOURCE_LINE_KINDS.map((kind) => ({ value: kind, label: t(`needs.line_kind_${kind}`) }))}
            w={{ base: '100%', xs: 280 }}
            data-testid="line-kind"
            {...form.getInputProps('kind')}
            onChange={(event) => {
              form.setFieldValue('kind', event.currentTarget.value as ResourceLineValues['kind']);
              form.setFieldValue('status', '');
            }}
          />
          {values.kind === 'volunteer_time' && (
            <>
              <VolunteerPicker
                orgId={orgId}
                value={values.volunteerId}
                error={form.errors.volunteerId}
                onChange={(id) => form.setFieldValue('volunteerId', id)}
              />
              <TextInput
                type="datetime-local"
                label={optional('needs.line_field_planned_start')}
                w={{ base: '100%', xs: 280 }}
                {...form.getInputProps('plannedStart')}
              />
              <NumberInput
                label={optional('needs.line_field_minutes')}
                min={0}
                max={100000}
                allowDecimal={false}
                allowNegative={false}
                w={{ base: '100%', xs: 200 }}
                {...form.getInputProps('minutes')}
              />
            </>
          )}
          {values.kind === 'referral' && <ReferralTargetFields orgId={orgId} form={form} />}
          {(values.kind === 'goods' || values.kind === 'money') && (
            <TextInput
              label={t('needs.line_field_description')}
              description={t(`needs.lines.description_${values.kind}`)}
              {...form.getInputProps('description')}
            />
          )}
          {values.kind === 'goods' && (
            <Group align="flex-end" gap="sm">
              <NumberInput
                label={optional('needs.line_field_quantity')}
                min={0}
                w={160}
                {...form.getInputProps('quantity')}
              />
              <TextInput label={optional('needs.line_field_unit')} w={160} {...form.getInputProps('unit')} />
            </Group>
          )}
          {values.kind === 'money' && (
            <Group align="flex-end" gap="sm">
              <NumberInput
                label={optional('needs.line_field_amount')}
                min={0}
                thousandSeparator=","
                w={200}
                {...form.getInputProps('amount')}
              />
              <TextInput
                label={t('needs.line_field_currency')}
                description={t('needs.lines.currency_description')}
                maxLength={3}
                w={160}
                {...form.getInputProps('currency')}
              />
            </Group>
          )}
          <NativeSelect
            label={t('needs.line_field_status')}
            data={[
              {
                value: '',
                label: t('needs.lines.status_default', {
                  status: t(`needs.line_status_${RESOURCE_LINE_STATUSES_BY_KIND[values.kind][0]}`),
                }),
              },
              ...RESOURCE_LINE_STATUSES_BY_KIND[values.kind].slice(1).map((status) => ({
                value: status,
                label: t(`needs.line_status_${status}`),
              })),
            ]}
            w={{ base: '100%', xs: 280 }}
            data-testid="line-new-status"
            {...form.getInputProps('status')}
          />
          <TextInput label={optional('needs.line_field_note')} {...form.getInputProps('note')} />
          <FormError error={add.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone} disabled={add.isPending}>
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending} data-testid="line-submit">
              {t('needs.lines.add_submit')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}

interface PickerProps {
  orgId: string;
  value: string;
  error?: React.ReactNode;
  onChange: (id: string, name: string) => void;
}

/** Finds an active volunteer of the organization by name, reading or phone, and picks one. */
function VolunteerPicker({ orgId, value, error, onChange }: PickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const list = useVolunteerList(orgId, { q: q || undefined, status: 'active' });
  const found = (list.data?.pages.flatMap((page) => page.volunteers) ?? []).slice(0, 8);
  return (
    <Stack gap="xs">
      <TextInput
        type="search"
        label={t('needs.lines.volunteer_search')}
        leftSection={<IconSearch size={18} aria-hidden />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        data-testid="line-volunteer-search"
      />
      {list.isPending && <LoadingState />}
      {list.isSuccess &&
        (found.length === 0 ? (
          <Text role="status">{t('needs.lines.volunteer_none')}</Text>
        ) : (
          <Radio.Group
            label={t('needs.lines.volunteer')}
            value={value}
            onChange={(id) => onChange(id, found.find((v) => v.id === id)?.name ?? '')}
            error={error}
          >
            <Stack gap="xs" mt="xs">
              {found.map((volunteer) => (
                <Radio
                  key={volunteer.id}
                  value={volunteer.id}
                  size="md"
                  label={volunteer.name}
                  description={[volunteer.nameReading, volunteer.phone].filter(Boolean).join(' / ')}
                  data-testid="line-volunteer"
                />
              ))}
            </Stack>
          </Radio.Group>
        ))}
    </Stack>
  );
}

/**
 * Where a referral goes: a service or organization of the community directory (searched),
 * another organization of the network (for the network's administrators, who can list it),
 * or a place named by hand.
 */
function ReferralTargetFields({ orgId, form }: { orgId: string; form: UseFormReturnType<ResourceLineValues> }) {
  const { t } = useTranslation();
  const membership = useActiveMembership();
  const values = form.getValues();
  const readsNetwork = membership?.role === 'network_admin' && membership.isNetworkHub;
  const kinds = REFERRAL_TARGET_KINDS.filter((kind) => kind !== 'network_organization' || readsNetwork);
  const pick = (id: string, name: string) => {
    form.setFieldValue('targetId', id);
    form.setFieldValue('targetName', name);
  };
  return (
    <Stack gap="sm">
      <NativeSelect
        label={t('needs.lines.target_kind')}
        data={kinds.map((kind) => ({ value: kind, label: t(`needs.referral_target_${kind}`) }))}
        w={{ base: '100%', xs: 320 }}
        data-testid="line-target-kind"
        {...form.getInputProps('targetKind')}
        onChange={(event) => {
          form.setFieldValue('targetKind', event.currentTarget.value as TReferralTargetKind);
          pick('', '');
        }}
      />
      {values.targetKind === 'directory_service' && (
        <DirectoryServicePicker orgId={orgId} value={values.targetId} error={form.errors.targetId} onChange={pick} />
      )}
      {values.targetKind === 'directory_organization' && (
        <DirectoryOrganizationPicker
          orgId={orgId}
          value={values.targetId}
          error={form.errors.targetId}
          onChange={pick}
        />
      )}
      {values.targetKind === 'network_organization' && (
        <NetworkOrganizationPicker orgId={orgId} value={values.targetId} error={form.errors.targetId} onChange={pick} />
      )}
      {values.targetKind === 'other' && (
        <TextInput
          label={t('needs.lines.target_name')}
          description={t('needs.lines.target_name_description')}
          data-testid="line-target-name"
          {...form.getInputProps('targetName')}
        />
      )}
      {!readsNetwork && <Text size="sm">{t('needs.lines.network_hint')}</Text>}
    </Stack>
  );
}

function DirectoryServicePicker({ orgId, value, error, onChange }: PickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const list = useDirectorySearch(orgId, { q: q || undefined });
  const found = (list.data?.pages.flatMap((page) => page.services) ?? []).slice(0, 8);
  return (
    <SearchPicker
      label={t('needs.lines.directory_search')}
      search={search}
      onSearch={setSearch}
      loading={list.isPending}
      items={found.map((service) => ({
        id: service.id,
        name: service.name,
        detail: service.organizationName,
        // Named as people say it: the service of its organization.
        fullName: t('needs.lines.service_of', { service: service.name, organization: service.organizationName }),
      }))}
      value={value}
      error={error}
      onChange={onChange}
    />
  );
}

function DirectoryOrganizationPicker({ orgId, value, error, onChange }: PickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const list = useDirectoryOrganizations(orgId, q);
  const found = (list.data?.pages.flatMap((page) => page.organizations) ?? []).slice(0, 8);
  return (
    <SearchPicker
      label={t('needs.lines.directory_search')}
      search={search}
      onSearch={setSearch}
      loading={list.isPending}
      items={found.map((organization) => ({
        id: organization.id,
        name: organization.name,
        detail: t(`directory.kinds.${organization.kind}`),
        fullName: organization.name,
      }))}
      value={value}
      error={error}
      onChange={onChange}
    />
  );
}

function NetworkOrganizationPicker({ orgId, value, error, onChange }: PickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const network = useNetwork(orgId);
  const words = search.trim().toLowerCase();
  const found = (network.data?.members ?? [])
    .filter((member) => member.id !== orgId && member.name.toLowerCase().includes(words))
    .slice(0, 8);
  return (
    <SearchPicker
      label={t('needs.lines.network_search')}
      search={search}
      onSearch={setSearch}
      loading={network.isPending}
      items={found.map((member) => ({
        id: member.id,
        name: member.name,
        detail: t(`common.organization_kinds.${member.kind}`),
        fullName: member.name,
      }))}
      value={value}
      error={error}
      onChange={onChange}
    />
  );
}

interface SearchPickerProps {
  label: string;
  search: string;
  onSearch: (value: string) => void;
  loading: boolean;
  items: { id: string; name: string; detail: string; fullName: string }[];
  value: string;
  error?: React.ReactNode;
  onChange: (id: string, name: string) => void;
}

/** A search box and, below it, the matches as radio buttons (arrow keys move between them). */
function SearchPicker({ label, search, onSearch, loading, items, value, error, onChange }: SearchPickerProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <TextInput
        type="search"
        label={label}
        leftSection={<IconSearch size={18} aria-hidden />}
        value={search}
        onChange={(event) => onSearch(event.currentTarget.value)}
        data-testid="line-target-search"
      />
      {loading ? (
        <LoadingState />
      ) : items.length === 0 ? (
        <Text role="status">{t('needs.lines.target_none')}</Text>
      ) : (
        <Radio.Group
          label={t('needs.lines.target')}
          value={value}
          onChange={(id) => onChange(id, items.find((item) => item.id === id)?.fullName ?? '')}
          error={error}
        >
          <Stack gap="xs" mt="xs">
            {items.map((item) => (
              <Radio
                key={item.id}
                value={item.id}
                size="md"
                label={item.name}
                description={item.detail}
                data-testid="line-target"
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </Stack>
  );
}
