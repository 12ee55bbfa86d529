import { Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  LOCALE_NATIVE_NAMES,
  LOCALES,
  SKILL_KINDS,
  type TSkill,
  ZCreateSkillRequest,
  ZUpdateSkillRequest,
} from '@musubi/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { FormError } from '../../ui/FormError';
import { type SkillNames, skillNamesToRequest, skillNamesToValues } from './skill-form';
import { skillName } from './skill-names';
import { useCreateSkill, useUpdateSkill } from './use-participation';

type SkillKind = (typeof SKILL_KINDS)[number];

interface SkillValues {
  kind: SkillKind;
  names: SkillNames;
}

interface SkillModalProps {
  orgId: string;
  opened: boolean;
  /** The skill to rename; null adds a new one. */
  skill: TSkill | null;
  onClose: () => void;
}

/** Adds a skill or qualification, or renames one: a name per language, at least one. */
export function SkillModal({ orgId, opened, skill, onClose }: SkillModalProps) {
  const { t, i18n } = useTranslation();
  const create = useCreateSkill(orgId);
  const update = useUpdateSkill(orgId);
  const mutation = skill ? update : create;
  const form = useForm<SkillValues>({
    initialValues: { kind: 'skill', names: skillNamesToValues(null) },
    validate: (values) =>
      skill
        ? contractErrors(ZUpdateSkillRequest, { names: skillNamesToRequest(values.names) })
        : contractErrors(ZCreateSkillRequest, { kind: values.kind, names: skillNamesToRequest(values.names) }),
  });

  // Each opening starts from the skill being edited (or a blank one).
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the dialog opens or its skill changes
  useEffect(() => {
    if (!opened) return;
    form.setValues({ kind: skill?.kind ?? 'skill', names: skillNamesToValues(skill) });
    form.resetDirty();
    form.clearErrors();
    create.reset();
    update.reset();
  }, [opened, skill]);

  const done = (message: string) => {
    notifications.show({ color: 'green', message });
    onClose();
  };

  const submit = form.onSubmit((values) => {
    const names = skillNamesToRequest(values.names);
    const onError = (error: unknown) => applyFieldErrors(form, error);
    if (skill) {
      update.mutate(
        { skillId: skill.id, body: { names } },
        {
          onSuccess: (saved) => done(t('registration.skills.saved', { name: skillName(saved, i18n.language) })),
          onError,
        },
      );
    } else {
      create.mutate(
        { kind: values.kind, names },
        {
          onSuccess: (saved) => done(t('registration.skills.added', { name: skillName(saved, i18n.language) })),
          onError,
        },
      );
    }
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={skill ? t('registration.skills.edit_title') : t('registration.skills.add_title')}
      size="lg"
    >
      <form onSubmit={submit} noValidate data-testid="skill-form">
        <Stack>
          <FormError error={mutation.error} />
          {skill ? (
            <Text>
              {t('registration.skills.kind')}: {t(`participation.skill_kind_${skill.kind}`)}
            </Text>
          ) : (
            <NativeSelect
              label={t('registration.skills.kind')}
              data={SKILL_KINDS.map((kind) => ({ value: kind, label: t(`participation.skill_kind_${kind}`) }))}
              {...form.getInputProps('kind')}
            />
          )}
          <Text c="dimmed">{t('registration.skills.names_help')}</Text>
          {form.errors.names && (
            <Text c="var(--mantine-color-error)" role="alert">
              {form.errors.names}
            </Text>
          )}
          {LOCALES.map((locale) => (
            <TextInput
              key={locale}
              lang={locale}
              label={t('registration.skills.name_in', { language: LOCALE_NATIVE_NAMES[locale] })}
              {...form.getInputProps(`names.${locale}`)}
            />
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={mutation.isPending}>
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {skill ? t('common.actions.save') : t('registration.skills.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
