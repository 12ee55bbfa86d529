import { MultiSelect, NativeSelect, NumberInput, Radio, Stack, Switch, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { SKILL_KINDS, type TInsurancePlan, type TSkill, VISIBILITIES } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../app/messages';
import { skillName } from '../participation/skill-names';
import { FormSection } from './FormSection';
import type { OpportunityValues } from './opportunity-form';

interface RuleFieldsProps {
  form: UseFormReturnType<OpportunityValues>;
  skills: TSkill[];
  plans: TInsurancePlan[];
}

/** Who may take part (requirements), whom to ask, and who sees the activity. */
export function ActivityRuleFields({ form, skills, plans }: RuleFieldsProps) {
  const { t, i18n } = useTranslation();
  const optional = (key: MessageKey) => t('common.optional', { label: t(key) });
  const values = form.getValues();
  // Archived skills and plans stay on the activities that have them, but are not offered anew.
  const offeredSkills = skills.filter((skill) => !skill.archived || values.requiredSkillIds.includes(skill.id));
  const skillGroups = SKILL_KINDS.map((kind) => ({
    group: t(`participation.skill_kind_${kind}`),
    items: offeredSkills
      .filter((skill) => skill.kind === kind)
      .map((skill) => ({ value: skill.id, label: skillName(skill, i18n.language) })),
  })).filter((group) => group.items.length > 0);
  const offeredPlans = plans.filter((plan) => !plan.archived || plan.id === values.requiredInsurancePlanId);

  return (
    <>
      <FormSection id="activity-requirements" title={t('opportunities.form.sections.requirements')}>
        <Switch
          size="lg"
          label={t('opportunities.form.fields.beginner_friendly')}
          description={t('opportunities.form.fields.beginner_friendly_description')}
          {...form.getInputProps('beginnerFriendly', { type: 'checkbox' })}
        />
        <Switch
          size="lg"
          label={t('opportunities.form.fields.trial')}
          description={t('opportunities.form.fields.trial_description')}
          {...form.getInputProps('trial', { type: 'checkbox' })}
        />
        <NumberInput
          label={optional('opportunities.form.fields.minimum_age')}
          description={t('opportunities.form.fields.minimum_age_description')}
          min={0}
          max={100}
          allowDecimal={false}
          allowNegative={false}
          inputMode="numeric"
          w={{ base: '100%', xs: 220 }}
          {...form.getInputProps('minimumAge')}
        />
        <MultiSelect
          label={optional('opportunities.form.fields.required_skills')}
          description={
            offeredSkills.length === 0
              ? t('opportunities.form.fields.required_skills_none')
              : t('opportunities.form.fields.required_skills_description')
          }
          data={skillGroups}
          searchable
          clearable
          disabled={offeredSkills.length === 0}
          nothingFoundMessage={t('opportunities.nothing_found')}
          {...form.getInputProps('requiredSkillIds')}
        />
        <NativeSelect
          label={optional('opportunities.form.fields.required_insurance_plan')}
          description={t('opportunities.form.fields.required_insurance_plan_description')}
          data={[
            { value: '', label: t('opportunities.form.fields.no_plan') },
            ...offeredPlans.map((plan) => ({ value: plan.id, label: plan.name })),
          ]}
          w={{ base: '100%', xs: 360 }}
          {...form.getInputProps('requiredInsurancePlanId')}
        />
      </FormSection>

      <FormSection id="activity-contact" title={t('opportunities.form.sections.contact')}>
        <TextInput
          label={optional('opportunities.form.fields.contact_name')}
          autoComplete="off"
          {...form.getInputProps('contactName')}
        />
        <TextInput
          label={optional('opportunities.form.fields.contact_phone')}
          type="tel"
          autoComplete="off"
          {...form.getInputProps('contactPhone')}
        />
        <TextInput
          label={optional('opportunities.form.fields.contact_email')}
          type="email"
          autoComplete="off"
          {...form.getInputProps('contactEmail')}
        />
      </FormSection>

      <FormSection id="activity-publishing" title={t('opportunities.form.sections.publishing')}>
        <Radio.Group label={t('opportunities.form.fields.visibility')} {...form.getInputProps('visibility')}>
          <Stack gap="sm" mt="xs">
            {VISIBILITIES.map((visibility) => (
              <Radio
                key={visibility}
                value={visibility}
                size="md"
                label={t(`opportunities.visibility.${visibility}`)}
                description={t(`opportunities.visibility_description.${visibility}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <NumberInput
          label={t('opportunities.form.fields.cancellation_deadline_hours')}
          description={t('opportunities.form.fields.cancellation_deadline_hours_description')}
          min={0}
          max={336}
          allowDecimal={false}
          allowNegative={false}
          inputMode="numeric"
          w={{ base: '100%', xs: 220 }}
          {...form.getInputProps('cancellationDeadlineHours')}
        />
      </FormSection>
    </>
  );
}
