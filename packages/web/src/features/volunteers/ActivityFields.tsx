import { Chip, Fieldset, Group, Input, MultiSelect, Stack, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { ACTIVITY_CATEGORIES, LANGUAGES, SKILL_KINDS, type TSkill } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { skillName } from '../participation/skill-names';
import type { VolunteerFieldValues } from './volunteer-form';

interface ActivityFieldsProps<V extends VolunteerFieldValues> {
  form: UseFormReturnType<V>;
  skills: TSkill[];
}

/** What the person brings and cares about: languages, skills, interests, needs. */
export function ActivityFields<V extends VolunteerFieldValues>({ form, skills }: ActivityFieldsProps<V>) {
  const { t, i18n } = useTranslation();
  const values = form.getValues();
  // Archived skills stay on the records that have them, but are not offered anew.
  const offered = skills.filter((skill) => !skill.archived || values.skillIds.includes(skill.id));
  const skillGroups = SKILL_KINDS.map((kind) => ({
    group: t(`participation.skill_kind_${kind}`),
    items: offered
      .filter((skill) => skill.kind === kind)
      .map((skill) => ({ value: skill.id, label: skillName(skill, i18n.language) })),
  })).filter((group) => group.items.length > 0);
  const interests = form.getInputProps('interests');

  return (
    <Fieldset legend={t('volunteers.sections.activity')}>
      <Stack>
        <MultiSelect
          label={t('common.optional', { label: t('volunteers.fields.languages') })}
          data={LANGUAGES.map((language) => ({ value: language, label: t(`participation.language_${language}`) }))}
          searchable
          clearable
          nothingFoundMessage={t('volunteers.nothing_found')}
          {...form.getInputProps('languages')}
        />
        <MultiSelect
          label={t('common.optional', { label: t('volunteers.fields.skills') })}
          description={skills.length === 0 ? t('volunteers.fields.skills_none') : undefined}
          data={skillGroups}
          searchable
          clearable
          disabled={offered.length === 0}
          nothingFoundMessage={t('volunteers.nothing_found')}
          {...form.getInputProps('skillIds')}
        />
        <Fieldset legend={t('common.optional', { label: t('volunteers.fields.interests') })} variant="unstyled">
          <Chip.Group multiple value={interests.value} onChange={interests.onChange}>
            <Group gap="xs">
              {ACTIVITY_CATEGORIES.map((category) => (
                <Chip key={category} value={category} size="md">
                  {t(`participation.category_${category}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          {interests.error && <Input.Error mt="xs">{interests.error}</Input.Error>}
        </Fieldset>
        <Textarea
          label={t('common.optional', { label: t('volunteers.fields.accessibility_needs') })}
          description={t('volunteers.fields.accessibility_needs_description')}
          autosize
          minRows={2}
          {...form.getInputProps('accessibilityNeeds')}
        />
      </Stack>
    </Fieldset>
  );
}
