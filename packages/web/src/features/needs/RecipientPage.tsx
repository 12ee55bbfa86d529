import { Anchor, Button, Stack } from '@mantine/core';
import { STAFF_ROLES, type TRecipientDetail } from '@musubi/shared';
import { IconArrowLeft, IconPencil, IconPhonePlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RequireRoles } from '../../app/shell/RequireRoles';
import { ErrorState } from '../../ui/ErrorState';
import { useCalendarDate, useFormatters } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { Detail, DetailList, ProfileSection } from '../volunteers/ProfileSection';
import { todayCalendarDate } from '../volunteers/volunteer-display';
import { NeedsTable } from './NeedsTable';
import { ageOn } from './need-display';
import { newNeedPath, recipientsPath } from './paths';
import { RecipientConsentsSection } from './RecipientConsentsSection';
import { RecipientEditForm } from './RecipientEditForm';
import { SensitiveNotesSection } from './SensitiveNotesSection';
import { useRecipient } from './use-needs';

/** One person helped (`/recipients/:recipientId`): their record, consents, needs met, and sensitive notes. */
export function RecipientPage() {
  const { recipientId = '' } = useParams();
  return (
    <RequireRoles roles={STAFF_ROLES}>
      <Recipient key={recipientId} recipientId={recipientId} />
    </RequireRoles>
  );
}

function Recipient({ recipientId }: { recipientId: string }) {
  const { t } = useTranslation();
  const { orgId } = useActiveMembership()!;
  const recipient = useRecipient(orgId, recipientId);
  const [editing, setEditing] = useState(false);

  const back = (
    <Anchor component={Link} to={recipientsPath} mb="sm" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
      <IconArrowLeft size={18} aria-hidden />
      {t('needs.recipients.back')}
    </Anchor>
  );
  if (!recipient.data) {
    return (
      <>
        {back}
        <PageHeader title={t('needs.recipients.record_title')} />
        {recipient.isPending && <LoadingState />}
        {recipient.isError && <ErrorState error={recipient.error} onRetry={() => void recipient.refetch()} />}
      </>
    );
  }
  const record = recipient.data;
  return (
    <>
      {back}
      <PageHeader
        title={editing ? t('needs.recipients.edit_title', { name: record.name }) : record.name}
        description={editing ? undefined : record.nameReading}
        actions={
          !editing && (
            <>
              <Button
                component={Link}
                to={`${newNeedPath}?recipientId=${record.id}`}
                leftSection={<IconPhonePlus size={18} aria-hidden />}
                data-testid="recipient-new-need"
              >
                {t('needs.recipients.new_need')}
              </Button>
              <Button
                variant="default"
                leftSection={<IconPencil size={18} aria-hidden />}
                onClick={() => setEditing(true)}
                data-testid="recipient-edit"
              >
                {t('common.actions.edit')}
              </Button>
            </>
          )
        }
      />
      {editing ? (
        <RecipientEditForm orgId={orgId} recipient={record} onDone={() => setEditing(false)} />
      ) : (
        <Stack gap="lg">
          <RecipientView recipient={record} />
          <RecipientConsentsSection orgId={orgId} recipient={record} />
          <ProfileSection title={t('needs.recipients.history')} data-testid="recipient-needs">
            {record.needs.length === 0 ? (
              t('needs.recipients.no_needs')
            ) : (
              <NeedsTable needs={record.needs} withoutRecipient caption={t('needs.recipients.history')} />
            )}
          </ProfileSection>
          <SensitiveNotesSection orgId={orgId} subject={{ recipientId: record.id }} count={record.sensitiveNoteCount} />
        </Stack>
      )}
    </>
  );
}

function RecipientView({ recipient }: { recipient: TRecipientDetail }) {
  const { t } = useTranslation();
  const calendarDate = useCalendarDate();
  const format = useFormatters();
  const notSet = t('needs.case.not_set');
  return (
    <ProfileSection title={t('needs.recipients.record')} data-testid="recipient-record">
      <DetailList>
        <Detail label={t('needs.recipients.fields.birth_date')}>
          {recipient.birthDate
            ? t('needs.recipients.birth_and_age', {
                date: calendarDate(recipient.birthDate),
                age: ageOn(recipient.birthDate, todayCalendarDate()),
              })
            : notSet}
        </Detail>
        <Detail label={t('needs.recipients.fields.phone')}>
          {recipient.phone ? <Anchor href={`tel:${recipient.phone}`}>{recipient.phone}</Anchor> : notSet}
        </Detail>
        <Detail label={t('needs.recipients.fields.email')}>{recipient.email ?? notSet}</Detail>
        <Detail label={t('needs.recipients.fields.address')}>
          {[recipient.postalCode && t('needs.case.postal_code', { code: recipient.postalCode }), recipient.address]
            .filter(Boolean)
            .join(' ') || notSet}
        </Detail>
        <Detail label={t('needs.recipients.fields.area')}>{recipient.area ?? notSet}</Detail>
        <Detail label={t('needs.recipients.fields.languages')}>
          {recipient.languages.length > 0
            ? recipient.languages
                .map((language) => t(`participation.language_${language}`))
                .join(t('needs.case.list_separator'))
            : notSet}
        </Detail>
        <Detail label={t('needs.recipients.fields.notes')}>{recipient.notes ?? notSet}</Detail>
        <Detail label={t('needs.recipients.registered')}>
          {t('needs.recipients.registered_detail', {
            date: format.dateTime(recipient.createdAt),
            name: recipient.createdByName ?? '—',
          })}
        </Detail>
      </DetailList>
    </ProfileSection>
  );
}
