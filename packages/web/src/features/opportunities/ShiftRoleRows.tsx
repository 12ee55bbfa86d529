import { ActionIcon, Button, Fieldset, Group, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { TSkill } from '@musubi/shared';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { skillName } from '../participation/skill-names';
import { newRoleRow, type ShiftFormValues } from './shift-form';

const MAX_ROLES = 10;

/** The roles of new shifts: name (empty: the general role), places, and a skill the role needs. */
export function ShiftRoleRows({ form, skills }: { form: UseFormReturnType<ShiftFormValues>; skills: TSkill[] }) {
  const { t, i18n } = useTranslation();
  const rows = form.getValues().roles;
  const skillOptions = [
    { value: '', label: t('opportunities.shift_form.no_role_skill') },
    ...skills
      .filter((skill) => !skill.archived)
      .map((skill) => ({ value: skill.id, label: skillName(skill, i18n.language) })),
  ];
  return (
    <Fieldset legend={t('opportunities.shift_form.roles')}>
      <Stack gap="md">
        {rows.map((row, index) => (
          <Group key={row.rowId} align="flex-end" gap="sm" wrap="wrap" data-testid="shift-role-row">
            <TextInput
              label={t('common.optional', { label: t('opportunities.shift_form.role_name') })}
              description={index === 0 ? t('opportunities.shift_form.role_name_description') : undefined}
              autoComplete="off"
              w={{ base: '100%', xs: 220 }}
              {...form.getInputProps(`roles.${index}.name`)}
            />
            <NumberInput
              label={t('opportunities.shift_form.capacity')}
              min={1}
              max={1000}
              allowDecimal={false}
              allowNegative={false}
              inputMode="numeric"
              w={{ base: '100%', xs: 140 }}
              {...form.getInputProps(`roles.${index}.capacity`)}
            />
            <NativeSelect
              label={t('common.optional', { label: t('opportunities.shift_form.role_skill') })}
              data={skillOptions}
              w={{ base: '100%', xs: 240 }}
              {...form.getInputProps(`roles.${index}.requiredSkillId`)}
            />
            {rows.length > 1 && (
              <ActionIcon
                variant="default"
                onClick={() => form.removeListItem('roles', index)}
                aria-label={t('opportunities.shift_form.remove_role', { number: index + 1 })}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            )}
          </Group>
        ))}
        {rows.length < MAX_ROLES && (
          <Button
            variant="default"
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={() => form.insertListItem('roles', newRoleRow())}
            style={{ alignSelf: 'flex-start' }}
            data-testid="add-role"
          >
            {t('opportunities.shift_form.add_role')}
          </Button>
        )}
      </Stack>
    </Fieldset>
  );
}
