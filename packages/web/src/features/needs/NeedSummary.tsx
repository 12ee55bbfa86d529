import { Anchor, List, Text } from '@mantine/core';
import type { TNeed } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../ui/format';
import { Detail, DetailList } from '../volunteers/ProfileSection';
import { recipientPath } from './paths';
import { describeFieldValue, describeRepeat, describeTimeWindow, type ReadingContext } from './timeline';

/** What is known about the case: who asked, for whom, what, where, when, with whom, and the arrangements. */
export function NeedSummary({ need, ctx }: { need: TNeed; ctx: ReadingContext }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const notSet = t('needs.case.not_set');
  const text = (value: string | null) => value ?? notSet;
  const requester = [need.requesterName, need.requesterRelation && `(${t(`needs.relation_${need.requesterRelation}`)})`]
    .filter(Boolean)
    .join(' ');

  return (
    <DetailList>
      <Detail label={t('needs.case.requester')}>
        {requester || notSet}
        {need.requesterPhone && (
          <>
            {'\n'}
            <Anchor href={`tel:${need.requesterPhone}`}>{need.requesterPhone}</Anchor>
          </>
        )}
        {need.requesterEmail && `\n${need.requesterEmail}`}
      </Detail>
      <Detail label={t('needs.field_recipient_name')}>
        {need.recipient ? (
          <Anchor component={Link} to={recipientPath(need.recipient.id)} data-testid="recipient-link">
            {need.recipient.name}
          </Anchor>
        ) : (
          text(need.recipientName)
        )}
        {need.recipient?.phone && `\n${need.recipient.phone}`}
      </Detail>
      {need.onBehalfOf && (
        <Detail label={t('needs.case.on_behalf')}>
          {t('needs.case.on_behalf_detail', {
            method: t(`needs.consent_method_${need.onBehalfOf.consentMethod}`),
            name: need.onBehalfOf.recordedByName ?? '—',
          })}
          {need.onBehalfOf.consentNote && `\n${need.onBehalfOf.consentNote}`}
        </Detail>
      )}
      <Detail label={t('needs.field_kind')}>{t(`needs.kind_${need.kind}`)}</Detail>
      <Detail label={t('needs.field_description')}>{text(need.description)}</Detail>
      <Detail label={t('needs.case.place')}>
        {need.online
          ? t('needs.field_online')
          : [need.postalCode && t('needs.case.postal_code', { code: need.postalCode }), need.address]
              .filter(Boolean)
              .join(' ') || notSet}
        {need.area && `\n${t('needs.case.area_is', { area: need.area })}`}
      </Detail>
      <Detail label={t('needs.field_time_windows')}>
        {need.timeWindows.length === 0 ? (
          notSet
        ) : (
          <List spacing={2} listStyleType="none" ps={0} ms={0}>
            {need.timeWindows.map((window) => (
              <List.Item key={`${window.date}-${window.weekday}-${window.start}-${window.end}`}>
                {describeTimeWindow(window, ctx)}
              </List.Item>
            ))}
          </List>
        )}
      </Detail>
      <Detail label={t('needs.field_rrule')}>{describeRepeat(need.rrule, ctx)}</Detail>
      <Detail label={t('needs.field_headcount')}>{t('needs.case.people', { count: need.headcount })}</Detail>
      <Detail label={t('needs.field_skill_ids')}>{describeFieldValue('skillIds', need.skillIds, ctx)}</Detail>
      <Detail label={t('needs.field_languages')}>{describeFieldValue('languages', need.languages, ctx)}</Detail>
      <Detail label={t('needs.field_helper_gender')}>{t(`needs.helper_gender_${need.helperGender}`)}</Detail>
      <Detail label={t('needs.field_preference_note')}>{text(need.preferenceNote)}</Detail>
      <Detail label={t('needs.field_cost_note')}>{text(need.costNote)}</Detail>
      <Detail label={t('needs.field_coordinator_account_id')}>{text(need.coordinatorName)}</Detail>
      <Detail label={t('needs.case.received')}>
        {t('needs.case.received_detail', {
          channel: t(`needs.channel_${need.channel}`),
          date: format.dateTime(need.createdAt),
          name: need.createdByName ?? t('needs.case.public_form_sender'),
        })}
      </Detail>
      <Detail label={t('needs.case.sensitive_count')}>
        <Text component="span">{t('needs.sensitive.count', { count: need.sensitiveNoteCount })}</Text>
      </Detail>
    </DetailList>
  );
}
