import {
  Fieldset,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  Radio,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import {
  HELPER_GENDERS,
  LANGUAGES,
  NEED_KINDS,
  NEED_URGENCIES,
  REQUESTER_RELATIONS,
  SKILL_KINDS,
  type TMember,
  type TSkill,
} from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../app/messages';
import { skillName } from '../participation/skill-names';
import { NeedRepeatFields } from './NeedRepeatFields';
import type { NeedFieldValues } from './need-form';
import { TimeWindowFields } from './TimeWindowFields';

type FormProps<V extends NeedFieldValues> = { form: UseFormReturnType<V> };

/** Who called or wrote, and who they are to the person helped. */
export function RequesterFields<V extends NeedFieldValues>({ form }: FormProps<V>) {
  const { t } = useTranslation();
  const optional = (key: MessageKey) => t('common.optional', { label: t(key) });
  return (
    <Fieldset legend={t('needs.intake.sections.requester')}>
      <Stack>
        <NativeSelect
          label={t('needs.field_requester_relation')}
          data={[
            { value: '', label: t('needs.intake.relation_unknown') },
            ...REQUESTER_RELATIONS.map((relation) => ({ value: relation, label: t(`needs.relation_${relation}`) })),
          ]}
          w={{ base: '100%', xs: 320 }}
          data-testid="requester-relation"
          {...form.getInputProps('requesterRelation')}
        />
        <TextInput
          label={optional('needs.field_requester_name')}
          autoComplete="off"
          {...form.getInputProps('requesterName')}
        />
        <TextInput
          label={optional('needs.field_requester_phone')}
          description={t('needs.intake.phone_description')}
          type="tel"
          autoComplete="off"
          w={{ base: '100%', xs: 320 }}
          {...form.getInputProps('requesterPhone')}
        />
        <TextInput
          label={optional('needs.field_requester_email')}
          type="email"
          autoComplete="off"
          {...form.getInputProps('requesterEmail')}
        />
      </Stack>
    </Fieldset>
  );
}

/** How soon: four large choices, in words. */
export function UrgencyField<V extends NeedFieldValues>({ form }: FormProps<V>) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={t('needs.field_urgency')} {...form.getInputProps('urgency')} data-testid="urgency">
      <Group gap="lg" mt="xs">
        {NEED_URGENCIES.map((urgency) => (
          <Radio
            key={urgency}
            value={urgency}
            size="md"
            label={t(`needs.urgency_${urgency}`)}
            data-testid={`urgency-${urgency}`}
          />
        ))}
      </Group>
    </Radio.Group>
  );
}

interface NeedDetailFieldsProps<V extends NeedFieldValues> extends FormProps<V> {
  /** The organization's skills and qualifications, for the picker. */
  skills: TSkill[];
  /** Staff who may be in charge. */
  staff: TMember[];
}

/** What is asked, where, when, by how many helpers with what, and the arrangements. */
export function NeedDetailFields<V extends NeedFieldValues>({ form, skills, staff }: NeedDetailFieldsProps<V>) {
  const { t, i18n } = useTranslation();
  const optional = (key: MessageKey) => t('common.optional', { label: t(key) });
  const values = form.getValues();
  const offered = skills.filter((skill) => !skill.archived || values.skillIds.includes(skill.id));
  const skillGroups = SKILL_KINDS.map((kind) => ({
    group: t(`participation.skill_kind_${kind}`),
    items: offered
      .filter((skill) => skill.kind === kind)
      .map((skill) => ({ value: skill.id, label: skillName(skill, i18n.language) })),
  })).filter((group) => group.items.length > 0);

  return (
    <Stack gap="lg">
      <Fieldset legend={t('needs.intake.sections.what')}>
        <Stack>
          <NativeSelect
            label={t('needs.field_kind')}
            data={[
              { value: '', label: t('needs.intake.choose') },
              ...NEED_KINDS.map((kind) => ({ value: kind, label: t(`needs.kind_${kind}`) })),
            ]}
            w={{ base: '100%', xs: 320 }}
            data-testid="need-kind"
            {...form.getInputProps('kind')}
          />
          <TextInput
            label={t('needs.field_title')}
            description={t('needs.intake.title_description')}
            autoComplete="off"
            data-testid="need-title"
            {...form.getInputProps('title')}
          />
          <Textarea
            label={optional('needs.field_description')}
            description={t('needs.intake.description_description')}
            autosize
            minRows={3}
            data-testid="need-description"
            {...form.getInputProps('description')}
          />
        </Stack>
      </Fieldset>

      <Fieldset legend={t('needs.intake.sections.place')}>
        <Stack>
          <Switch
            size="lg"
            label={t('needs.field_online')}
            description={t('needs.intake.online_description')}
            {...form.getInputProps('online', { type: 'checkbox' })}
          />
          <TextInput
            label={optional('needs.field_postal_code')}
            inputMode="numeric"
            autoComplete="off"
            w={{ base: '100%', xs: 220 }}
            {...form.getInputProps('postalCode')}
          />
          <TextInput label={optional('needs.field_address')} autoComplete="off" {...form.getInputProps('address')} />
          <TextInput
            label={optional('needs.field_area')}
            description={t('needs.intake.area_description')}
            autoComplete="off"
            w={{ base: '100%', xs: 320 }}
            {...form.getInputProps('area')}
          />
        </Stack>
      </Fieldset>

      <Fieldset legend={t('needs.intake.sections.when')}>
        <Stack>
          <TimeWindowFields form={form} />
          <NeedRepeatFields form={form} />
        </Stack>
      </Fieldset>

      <Fieldset legend={t('needs.intake.sections.helpers')}>
        <Stack>
          <NumberInput
            label={t('needs.field_headcount')}
            min={1}
            max={100}
            allowDecimal={false}
            allowNegative={false}
            inputMode="numeric"
            w={{ base: '100%', xs: 200 }}
            {...form.getInputProps('headcount')}
          />
          <MultiSelect
            label={optional('needs.field_skill_ids')}
            description={skills.length === 0 ? t('needs.intake.no_skills') : undefined}
            data={skillGroups}
            searchable
            clearable
            disabled={offered.length === 0}
            nothingFoundMessage={t('needs.intake.nothing_found')}
            {...form.getInputProps('skillIds')}
          />
          <MultiSelect
            label={optional('needs.field_languages')}
            description={t('needs.intake.languages_description')}
            data={LANGUAGES.map((language) => ({ value: language, label: t(`participation.language_${language}`) }))}
            searchable
            clearable
            nothingFoundMessage={t('needs.intake.nothing_found')}
            {...form.getInputProps('languages')}
          />
          <Radio.Group label={t('needs.field_helper_gender')} {...form.getInputProps('helperGender')}>
            <Group gap="lg" mt="xs">
              {HELPER_GENDERS.map((gender) => (
                <Radio key={gender} value={gender} size="md" label={t(`needs.helper_gender_${gender}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label={optional('needs.field_preference_note')}
            description={t('needs.intake.preference_description')}
            autosize
            minRows={2}
            {...form.getInputProps('preferenceNote')}
          />
        </Stack>
      </Fieldset>

      <Fieldset legend={t('needs.intake.sections.arrangements')}>
        <Stack>
          <Textarea
            label={optional('needs.field_cost_note')}
            description={t('needs.intake.cost_description')}
            autosize
            minRows={2}
            {...form.getInputProps('costNote')}
          />
          <NativeSelect
            label={t('needs.field_coordinator_account_id')}
            data={[
              { value: '', label: t('needs.intake.nobody_yet') },
              ...staff.map((member) => ({ value: member.accountId, label: member.name })),
            ]}
            w={{ base: '100%', xs: 320 }}
            {...form.getInputProps('coordinatorAccountId')}
          />
        </Stack>
      </Fieldset>
    </Stack>
  );
}
