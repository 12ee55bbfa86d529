import { Anchor, Group } from '@mantine/core';
import type { TOpportunity } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { Detail, DetailList, ProfileSection } from '../volunteers/ProfileSection';
import { OpportunityBadges } from './OpportunityBadges';

interface ActivityFactsProps {
  opportunity: TOpportunity;
  /** Names of the required skills (the public page reads them from the organization's registration form). */
  skillNames: string[];
  /** The required insurance plan's name, when known (staff); the public page only says one is needed. */
  planName?: string | null;
  /** Staff also see who the activity is shown to. */
  forStaff?: boolean;
}

/** What, where, who may take part and whom to ask: the activity's facts for staff and for the public. */
export function ActivityFacts({ opportunity, skillNames, planName, forStaff = false }: ActivityFactsProps) {
  const { t } = useTranslation();
  const notSet = t('opportunities.facts.not_set');
  const place = [opportunity.postalCode && `〒${opportunity.postalCode}`, opportunity.address]
    .filter(Boolean)
    .join(' ');

  return (
    <>
      <ProfileSection title={t('opportunities.facts.about')}>
        {(opportunity.trial || opportunity.beginnerFriendly || opportunity.online) && (
          <Group gap="xs">
            <OpportunityBadges opportunity={opportunity} size="lg" />
          </Group>
        )}
        <DetailList>
          <Detail label={t('opportunities.facts.description')}>{opportunity.description ?? notSet}</Detail>
          <Detail label={t('opportunities.facts.category')}>
            {t(`participation.category_${opportunity.category}`)}
          </Detail>
          <Detail label={t('opportunities.facts.place')}>
            {opportunity.online ? t('opportunities.facts.online') : place || notSet}
          </Detail>
          <Detail label={t('opportunities.facts.area')}>{opportunity.area ?? notSet}</Detail>
          <Detail label={t('opportunities.facts.accessibility')}>{opportunity.accessibilityInfo ?? notSet}</Detail>
          {forStaff && (
            <Detail label={t('opportunities.facts.visibility')}>
              {t(`opportunities.visibility.${opportunity.visibility}`)}
            </Detail>
          )}
        </DetailList>
      </ProfileSection>

      <ProfileSection title={t('opportunities.facts.requirements')}>
        <DetailList>
          <Detail label={t('opportunities.facts.minimum_age')}>
            {opportunity.minimumAge === null
              ? t('opportunities.facts.any_age')
              : t('opportunities.facts.age_and_over', { age: opportunity.minimumAge })}
          </Detail>
          <Detail label={t('opportunities.facts.skills')}>
            {skillNames.length > 0
              ? skillNames.join(t('opportunities.list_separator'))
              : t('opportunities.facts.no_skills')}
          </Detail>
          <Detail label={t('opportunities.facts.insurance')}>
            {opportunity.requiredInsurancePlanId
              ? planName
                ? t('opportunities.facts.insurance_plan', { plan: planName })
                : t('opportunities.facts.insurance_plan_unnamed')
              : t('opportunities.facts.insurance_any')}
          </Detail>
          <Detail label={t('opportunities.facts.cancellation')}>
            {t('opportunities.facts.cancellation_rule', { hours: opportunity.cancellationDeadlineHours })}
          </Detail>
        </DetailList>
      </ProfileSection>

      <ProfileSection title={t('opportunities.facts.contact')}>
        <DetailList>
          <Detail label={t('opportunities.facts.organization')}>{opportunity.orgName}</Detail>
          {opportunity.contactName && (
            <Detail label={t('opportunities.facts.contact_name')}>{opportunity.contactName}</Detail>
          )}
          {opportunity.contactPhone && (
            <Detail label={t('opportunities.facts.contact_phone')}>
              <Anchor href={`tel:${opportunity.contactPhone}`}>{opportunity.contactPhone}</Anchor>
            </Detail>
          )}
          {opportunity.contactEmail && (
            <Detail label={t('opportunities.facts.contact_email')}>
              <Anchor href={`mailto:${opportunity.contactEmail}`}>{opportunity.contactEmail}</Anchor>
            </Detail>
          )}
        </DetailList>
      </ProfileSection>
    </>
  );
}
