import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { CONSENT_METHODS, LANGUAGES, RECIPIENT_CONSENT_PURPOSES, type TRecipientSummary } from '@musubi/shared';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../app/messages';
import { ErrorState } from '../../ui/ErrorState';
import { useCalendarDate } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import type { IntakeValues, TRecipientChoice } from './need-form';
import { useRecipient, useRecipientList } from './use-needs';

interface RecipientChooserProps {
  orgId: string;
  form: UseFormReturnType<IntakeValues>;
}

/**
 * Who is helped: a person already on record (found by name, reading or phone), a new
 * record made with the need (with the consents they gave and how), or only a name.
 */
export function RecipientChooser({ orgId, form }: RecipientChooserProps) {
  const { t } = useTranslation();
  const values = form.getValues();
  const choice = form.getInputProps('recipientChoice');
  return (
    <Fieldset legend={t('needs.intake.sections.recipient')} data-testid="recipient-chooser">
      <Stack>
        <Radio.Group label={t('needs.intake.recipient_choice')} {...choice}>
          <Stack gap="xs" mt="xs">
            {(['existing', 'new', 'name_only'] as const satisfies readonly TRecipientChoice[]).map((value) => (
              <Radio
                key={value}
                value={value}
                size="md"
                label={t(`needs.intake.recipient_${value}`)}
                data-testid={`recipient-choice-${value}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        {values.recipientChoice === 'existing' && <ExistingRecipient orgId={orgId} form={form} />}
        {values.recipientChoice === 'new' && <NewRecipientFields form={form} />}
        {values.recipientChoice === 'name_only' && (
          <TextInput
            label={t('needs.field_recipient_name')}
            description={t('needs.intake.recipient_name_description')}
            autoComplete="off"
            {...form.getInputProps('recipientName')}
          />
        )}
      </Stack>
    </Fieldset>
  );
}

function ExistingRecipient({ orgId, form }: RecipientChooserProps) {
  const { t } = useTranslation();
  const calendarDate = useCalendarDate();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const list = useRecipientList(orgId, q, q.length > 0);
  const recipientId = form.getValues().recipientId;
  const chosen = useRecipient(orgId, recipientId || null);
  const found = list.data?.pages.flatMap((page) => page.recipients) ?? [];
  const picked = form.getInputProps('recipientId');
  const details = (recipient: TRecipientSummary) =>
    [
      recipient.nameReading,
      recipient.birthDate && t('needs.recipients.born', { date: calendarDate(recipient.birthDate) }),
      recipient.phone,
      recipient.area,
      t('needs.recipients.open_needs', { count: recipient.openNeedCount }),
    ]
      .filter(Boolean)
      .join(t('needs.case.detail_separator'));

  const createInstead = () => {
    // A name typed in the search is most likely the new person's name (digits are a phone number).
    const typed = search.trim();
    form.setFieldValue('recipientChoice', 'new');
    if (typed && !/^[\d\s()+-]+$/.test(typed)) form.setFieldValue('newRecipient.name', typed);
    else if (typed) form.setFieldValue('newRecipient.phone', typed);
  };

  return (
    <Stack gap="sm">
      <TextInput
        type="search"
        label={t('needs.intake.recipient_search')}
        description={t('needs.intake.recipient_search_description')}
        leftSection={<IconSearch size={18} aria-hidden />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        data-testid="recipient-search"
      />
      {q.length > 0 && list.isPending && <LoadingState />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {q.length > 0 && list.isSuccess && (
        <>
          {found.length === 0 ? (
            <Text role="status">{t('needs.intake.recipient_none_found')}</Text>
          ) : (
            <Radio.Group label={t('needs.intake.recipient_results', { count: found.length })} {...picked}>
              <Stack gap="xs" mt="xs">
                {found.map((recipient) => (
                  <Radio
                    key={recipient.id}
                    value={recipient.id}
                    size="md"
                    label={recipient.name}
                    description={details(recipient)}
                    data-testid="recipient-result"
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
          <Button
            variant="default"
            leftSection={<IconUserPlus size={18} aria-hidden />}
            onClick={createInstead}
            style={{ alignSelf: 'flex-start' }}
            data-testid="recipient-create-instead"
          >
            {t('needs.intake.recipient_create_instead')}
          </Button>
        </>
      )}
      {!picked.value && picked.error && (
        <Text c="red.9" size="sm">
          {picked.error}
        </Text>
      )}
      {chosen.data && (
        <Paper withBorder p="sm" data-testid="recipient-chosen">
          <Text fw={700}>{t('needs.intake.recipient_chosen', { name: chosen.data.name })}</Text>
          <Text>
            {[chosen.data.phone, chosen.data.address, chosen.data.area]
              .filter(Boolean)
              .join(t('needs.case.detail_separator'))}
          </Text>
          {chosen.data.address && (
            <Button
              variant="subtle"
              mt="xs"
              onClick={() => {
                form.setFieldValue('postalCode', chosen.data.postalCode ?? '');
                form.setFieldValue('address', chosen.data.address ?? '');
                form.setFieldValue('area', chosen.data.area ?? '');
              }}
            >
              {t('needs.intake.use_address')}
            </Button>
          )}
        </Paper>
      )}
    </Stack>
  );
}

function NewRecipientFields({ form }: { form: UseFormReturnType<IntakeValues> }) {
  const { t } = useTranslation();
  const optional = (key: MessageKey) => t('common.optional', { label: t(key) });
  const values = form.getValues();
  const consents = form.getInputProps('newRecipient.consents');
  const copyRequester = () => {
    form.setFieldValue('newRecipient.name', values.requesterName);
    form.setFieldValue('newRecipient.phone', values.requesterPhone);
  };
  const useAddress = () => {
    form.setFieldValue('postalCode', values.newRecipient.postalCode);
    form.setFieldValue('address', values.newRecipient.address);
    form.setFieldValue('area', values.newRecipient.area);
  };
  return (
    <Stack gap="md" data-testid="new-recipient">
      {values.requesterRelation === 'self' && values.requesterName.trim() !== '' && (
        <Button variant="default" onClick={copyRequester} style={{ alignSelf: 'flex-start' }}>
          {t('needs.intake.copy_requester')}
        </Button>
      )}
      <TextInput
        label={t('needs.recipients.fields.name')}
        autoComplete="off"
        {...form.getInputProps('newRecipient.name')}
      />
      <TextInput
        label={optional('needs.recipients.fields.name_reading')}
        description={t('auth.name_reading_description')}
        autoComplete="off"
        {...form.getInputProps('newRecipient.nameReading')}
      />
      <TextInput
        type="date"
        label={optional('needs.recipients.fields.birth_date')}
        w={{ base: '100%', xs: 220 }}
        {...form.getInputProps('newRecipient.birthDate')}
      />
      <TextInput
        type="tel"
        label={optional('needs.recipients.fields.phone')}
        autoComplete="off"
        w={{ base: '100%', xs: 320 }}
        {...form.getInputProps('newRecipient.phone')}
      />
      <TextInput
        label={optional('needs.recipients.fields.postal_code')}
        inputMode="numeric"
        autoComplete="off"
        w={{ base: '100%', xs: 220 }}
        {...form.getInputProps('newRecipient.postalCode')}
      />
      <TextInput
        label={optional('needs.recipients.fields.address')}
        autoComplete="off"
        {...form.getInputProps('newRecipient.address')}
      />
      <TextInput
        label={optional('needs.recipients.fields.area')}
        autoComplete="off"
        w={{ base: '100%', xs: 320 }}
        {...form.getInputProps('newRecipient.area')}
      />
      {values.newRecipient.address.trim() !== '' && (
        <Button variant="default" onClick={useAddress} style={{ alignSelf: 'flex-start' }}>
          {t('needs.intake.use_address')}
        </Button>
      )}
      <MultiSelect
        label={optional('needs.recipients.fields.languages')}
        data={LANGUAGES.map((language) => ({ value: language, label: t(`participation.language_${language}`) }))}
        searchable
        clearable
        nothingFoundMessage={t('needs.intake.nothing_found')}
        {...form.getInputProps('newRecipient.languages')}
      />
      <Textarea
        label={optional('needs.recipients.fields.notes')}
        description={t('needs.recipients.fields.notes_description')}
        autosize
        minRows={2}
        {...form.getInputProps('newRecipient.notes')}
      />
      <Fieldset legend={t('needs.recipients.consents')} variant="filled">
        <Stack>
          <Checkbox.Group
            label={t('needs.intake.consents_given')}
            description={t('needs.intake.consents_given_description')}
            value={consents.value}
            onChange={consents.onChange}
            error={consents.error}
          >
            <Stack gap="xs" mt="xs">
              {RECIPIENT_CONSENT_PURPOSES.map((purpose) => (
                <Checkbox
                  key={purpose}
                  value={purpose}
                  size="md"
                  label={t(`needs.consent_purpose_${purpose}`)}
                  description={t(`needs.recipients.consent_text_${purpose}`)}
                  data-testid={`consent-${purpose}`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <NativeSelect
              label={t('needs.recipients.consent_method')}
              data={CONSENT_METHODS.map((method) => ({ value: method, label: t(`needs.consent_method_${method}`) }))}
              w={{ base: '100%', xs: 240 }}
              data-testid="consent-method"
              {...form.getInputProps('newRecipient.consentMethod')}
            />
            <TextInput
              label={optional('needs.recipients.consent_note')}
              description={t('needs.recipients.consent_note_description')}
              style={{ flex: '1 1 16rem' }}
              {...form.getInputProps('newRecipient.consentNote')}
            />
          </Group>
          {values.newRecipient.consents.length === 0 && (
            <Alert color="yellow" variant="light">
              {t('needs.intake.no_consent_warning')}
            </Alert>
          )}
        </Stack>
      </Fieldset>
    </Stack>
  );
}
