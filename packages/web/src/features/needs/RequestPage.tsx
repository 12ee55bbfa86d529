import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  List,
  NativeSelect,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  HELPER_GENDERS,
  NEED_KINDS,
  REQUESTER_RELATIONS,
  type TNeedRequestForm,
  type TPublicNeedReceipt,
  ZPublicNeedRequest,
  ZUuid,
} from '@musubi/shared';
import { IconCircleCheck, IconDoorOff, IconLinkOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../app/api-client';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import type { MessageKey } from '../../app/messages';
import { ErrorState } from '../../ui/ErrorState';
import { FormError } from '../../ui/FormError';
import { useFormatters } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { EMPTY_PUBLIC_REQUEST, type PublicRequestValues, toPublicRequest } from './public-request-form';
import { TimeWindowFields } from './TimeWindowFields';
import { useNeedRequestForm, useSendNeedRequest } from './use-needs';

function isTransient(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
}

/**
 * An organization's public request page (`/request/<orgId>`): anyone, signed in or not,
 * asks for help for themselves or for someone else; a coordinator calls back.
 */
export function RequestPage() {
  const { t } = useTranslation();
  const orgId = useParams().orgId ?? '';
  const validLink = ZUuid.safeParse(orgId).success;
  const page = useNeedRequestForm(orgId, validLink);
  const [receipt, setReceipt] = useState<TPublicNeedReceipt | null>(null);
  const data = page.data;
  const title = data ? t('needs.request.title_named', { orgName: data.orgName }) : t('needs.request.title');

  return (
    <>
      <PageHeader
        title={title}
        description={data?.open && !receipt ? t('needs.request.intro', { orgName: data.orgName }) : undefined}
      />
      {!validLink && (
        <Alert color="red" icon={<IconLinkOff aria-hidden />} title={t('needs.request.invalid_link_title')}>
          {t('needs.request.invalid_link_body')}
        </Alert>
      )}
      {validLink && page.isPending && <LoadingState />}
      {page.isError && (
        <ErrorState error={page.error} onRetry={isTransient(page.error) ? () => void page.refetch() : undefined} />
      )}
      {data &&
        (receipt ? (
          <ThankYou form={data} receipt={receipt} onAnother={() => setReceipt(null)} />
        ) : data.open ? (
          <PublicRequestForm orgId={orgId} orgName={data.orgName} onSent={setReceipt} />
        ) : (
          <Alert
            color="indigo"
            icon={<IconDoorOff aria-hidden />}
            title={t('needs.request.closed_title')}
            data-testid="request-closed"
          >
            {t('needs.request.closed_body', { orgName: data.orgName })}
          </Alert>
        ))}
    </>
  );
}

function ThankYou({
  form,
  receipt,
  onAnother,
}: {
  form: TNeedRequestForm;
  receipt: TPublicNeedReceipt;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Stack gap="lg" maw={720} data-testid="request-thanks">
      <Alert color="blue" icon={<IconCircleCheck aria-hidden />} title={t('needs.request.thanks_title')} role="status">
        <Text>
          {t('needs.request.thanks_body', {
            orgName: form.orgName,
            number: receipt.number,
            date: format.dateTime(receipt.receivedAt),
          })}
        </Text>
      </Alert>
      <Stack gap="xs">
        <Text component="h2" fw={700} fz="lg" m={0}>
          {t('needs.request.next_title')}
        </Text>
        <List type="ordered" spacing="xs">
          <List.Item>{t('needs.request.next_call')}</List.Item>
          <List.Item>{t('needs.request.next_match')}</List.Item>
          <List.Item>{t('needs.request.next_urgent')}</List.Item>
        </List>
      </Stack>
      <Button variant="default" onClick={onAnother} style={{ alignSelf: 'flex-start' }}>
        {t('needs.request.another')}
      </Button>
    </Stack>
  );
}

interface PublicRequestFormProps {
  orgId: string;
  orgName: string;
  onSent: (receipt: TPublicNeedReceipt) => void;
}

function PublicRequestForm({ orgId, orgName, onSent }: PublicRequestFormProps) {
  const { t } = useTranslation();
  const optional = (key: MessageKey) => t('common.optional', { label: t(key) });
  const send = useSendNeedRequest(orgId);
  const form = useForm<PublicRequestValues>({
    initialValues: EMPTY_PUBLIC_REQUEST,
    validate: (values) => {
      const errors = contractErrors(ZPublicNeedRequest, toPublicRequest(values));
      // The contract asks for "a phone or an e-mail" only once every other field passes; say it at once.
      if (!values.requesterPhone.trim() && !values.requesterEmail.trim()) {
        errors.requesterPhone ??= t('validation.contact_required');
      }
      return errors;
    },
  });
  const values = form.getValues();
  const forSomeoneElse = values.requesterRelation !== 'self';
  const submit = form.onSubmit((request) =>
    send.mutate(toPublicRequest(request), {
      onSuccess: (receipt) => {
        form.reset();
        onSent(receipt);
        window.scrollTo({ top: 0 });
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  const consent = form.getInputProps('consent', { type: 'checkbox' });

  return (
    <form onSubmit={submit} noValidate data-testid="request-form">
      <Stack maw={760} gap="lg">
        <Fieldset legend={t('needs.request.sections.who')}>
          <Stack>
            <Radio.Group label={t('needs.request.for_whom')} {...form.getInputProps('requesterRelation')}>
              <Stack gap="xs" mt="xs">
                {REQUESTER_RELATIONS.map((relation) => (
                  <Radio
                    key={relation}
                    value={relation}
                    size="md"
                    label={relation === 'self' ? t('needs.request.for_myself') : t(`needs.relation_${relation}`)}
                    data-testid={`request-relation-${relation}`}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <TextInput
              label={t('needs.request.your_name')}
              autoComplete="name"
              data-testid="request-name"
              {...form.getInputProps('requesterName')}
            />
            {forSomeoneElse && (
              <TextInput
                label={optional('needs.request.recipient_name')}
                description={t('needs.request.recipient_name_description')}
                autoComplete="off"
                {...form.getInputProps('recipientName')}
              />
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('needs.request.sections.what')}>
          <Stack>
            <NativeSelect
              label={t('needs.request.kind')}
              data={[
                { value: '', label: t('needs.intake.choose') },
                ...NEED_KINDS.map((kind) => ({ value: kind, label: t(`needs.kind_${kind}`) })),
              ]}
              w={{ base: '100%', xs: 320 }}
              data-testid="request-kind"
              {...form.getInputProps('kind')}
            />
            <TextInput
              label={t('needs.request.summary')}
              description={t('needs.request.summary_description')}
              data-testid="request-title"
              {...form.getInputProps('title')}
            />
            <Textarea
              label={optional('needs.request.details')}
              description={t('needs.request.details_description')}
              autosize
              minRows={4}
              data-testid="request-description"
              {...form.getInputProps('description')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('needs.request.sections.where')}>
          <Stack>
            <TextInput
              label={optional('needs.field_postal_code')}
              inputMode="numeric"
              autoComplete="postal-code"
              w={{ base: '100%', xs: 220 }}
              {...form.getInputProps('postalCode')}
            />
            <TextInput
              label={optional('needs.field_address')}
              autoComplete="street-address"
              {...form.getInputProps('address')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('needs.request.sections.when')}>
          <Stack>
            <TimeWindowFields form={form} />
            <Radio.Group label={t('needs.field_helper_gender')} {...form.getInputProps('helperGender')}>
              <Group gap="lg" mt="xs">
                {HELPER_GENDERS.map((gender) => (
                  <Radio key={gender} value={gender} size="md" label={t(`needs.helper_gender_${gender}`)} />
                ))}
              </Group>
            </Radio.Group>
            <Textarea
              label={optional('needs.field_preference_note')}
              description={t('needs.request.preference_description')}
              autosize
              minRows={2}
              {...form.getInputProps('preferenceNote')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('needs.request.sections.contact')}>
          <Stack>
            <Text>{t('needs.request.contact_intro')}</Text>
            <TextInput
              type="tel"
              label={t('needs.request.phone')}
              autoComplete="tel"
              w={{ base: '100%', xs: 320 }}
              data-testid="request-phone"
              {...form.getInputProps('requesterPhone')}
            />
            <TextInput
              type="email"
              label={t('needs.request.email')}
              autoComplete="email"
              {...form.getInputProps('requesterEmail')}
            />
          </Stack>
        </Fieldset>

        <Checkbox
          size="md"
          label={t('needs.request.consent', { orgName })}
          description={t('needs.request.consent_description')}
          checked={consent.checked}
          onChange={consent.onChange}
          error={consent.error}
          data-testid="request-consent"
        />
        <FormError error={send.error} />
        <Group justify="flex-end">
          <Button type="submit" size="lg" loading={send.isPending} data-testid="request-submit">
            {t('needs.request.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
