import { ActionIcon, Button, Group, Stack, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LOCALE_NATIVE_NAMES, LOCALES, type TSkill } from '@musubi/shared';
import { IconArchive, IconArchiveOff, IconCertificate, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../app/messages';
import { DataTable } from '../../ui/DataTable';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { StatusBadge } from '../../ui/StatusBadge';
import { SkillModal } from './SkillModal';
import { skillName } from './skill-names';
import { useSkills, useUpdateSkill } from './use-participation';

interface SkillsSectionProps {
  orgId: string;
  /** Coordinators add, rename and archive; other staff only read. */
  canManage: boolean;
}

/** The skills and qualifications volunteers choose from, with their names in our four languages. */
export function SkillsSection({ orgId, canManage }: SkillsSectionProps) {
  const { t, i18n } = useTranslation();
  const skills = useSkills(orgId);
  const update = useUpdateSkill(orgId);
  // undefined: dialog closed; null: adding; a skill: renaming it.
  const [editing, setEditing] = useState<TSkill | null | undefined>(undefined);

  const toggleArchived = (skill: TSkill) => {
    const name = skillName(skill, i18n.language);
    update.mutate(
      { skillId: skill.id, body: { archived: !skill.archived } },
      {
        onSuccess: () =>
          notifications.show({
            color: 'green',
            message: skill.archived
              ? t('registration.skills.restored', { name })
              : t('registration.skills.archived_done', { name }),
          }),
        onError: (error) => notifications.show({ color: 'red', message: describeError(error) }),
      },
    );
  };

  return (
    <Stack component="section" aria-labelledby="skills-heading" gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2} id="skills-heading" size="h3">
            {t('registration.skills.title')}
          </Title>
          <Text c="dimmed">{t('registration.skills.intro')}</Text>
        </Stack>
        {canManage && (
          <Button
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={() => setEditing(null)}
            data-testid="add-skill"
          >
            {t('registration.skills.add')}
          </Button>
        )}
      </Group>
      {skills.isPending && <LoadingState />}
      {skills.isError && <ErrorState error={skills.error} onRetry={() => void skills.refetch()} />}
      {skills.data &&
        (skills.data.skills.length === 0 ? (
          <EmptyNotice
            title={t('registration.skills.empty')}
            description={canManage ? t('registration.skills.empty_body') : undefined}
            icon={<IconCertificate aria-hidden />}
          />
        ) : (
          <DataTable
            caption={t('registration.skills.caption', { count: skills.data.skills.length })}
            captionHidden
            minWidth={860}
            data-testid="skills-table"
          >
            <Table.Thead>
              <Table.Tr>
                {LOCALES.map((locale) => (
                  <Table.Th key={locale} scope="col" lang={locale}>
                    {LOCALE_NATIVE_NAMES[locale]}
                  </Table.Th>
                ))}
                <Table.Th scope="col">{t('registration.skills.kind')}</Table.Th>
                <Table.Th scope="col">{t('registration.skills.status')}</Table.Th>
                {canManage && <Table.Th scope="col">{t('registration.skills.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {skills.data.skills.map((skill) => {
                const name = skillName(skill, i18n.language);
                return (
                  <Table.Tr key={skill.id} data-testid="skill-row">
                    {LOCALES.map((locale) => (
                      <Table.Td key={locale} lang={skill.names[locale] ? locale : undefined}>
                        {skill.names[locale] || (
                          <>
                            <Text span c="dimmed" aria-hidden>
                              —
                            </Text>
                            <VisuallyHidden>{t('registration.skills.no_name')}</VisuallyHidden>
                          </>
                        )}
                      </Table.Td>
                    ))}
                    <Table.Td>{t(`participation.skill_kind_${skill.kind}`)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <StatusBadge color={skill.archived ? 'gray' : 'green'}>
                        {skill.archived ? t('registration.skills.archived') : t('registration.skills.in_use')}
                      </StatusBadge>
                    </Table.Td>
                    {canManage && (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Tooltip label={t('registration.skills.rename')}>
                            <ActionIcon
                              variant="subtle"
                              aria-label={t('registration.skills.rename_named', { name })}
                              onClick={() => setEditing(skill)}
                            >
                              <IconPencil size={20} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                          <Tooltip
                            label={skill.archived ? t('registration.skills.restore') : t('registration.skills.archive')}
                          >
                            <ActionIcon
                              variant="subtle"
                              color={skill.archived ? undefined : 'gray'}
                              aria-label={
                                skill.archived
                                  ? t('registration.skills.restore_named', { name })
                                  : t('registration.skills.archive_named', { name })
                              }
                              loading={update.isPending && update.variables?.skillId === skill.id}
                              onClick={() => toggleArchived(skill)}
                            >
                              {skill.archived ? (
                                <IconArchiveOff size={20} aria-hidden />
                              ) : (
                                <IconArchive size={20} aria-hidden />
                              )}
                            </ActionIcon>
                          </Tooltip>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </DataTable>
        ))}
      <SkillModal
        orgId={orgId}
        opened={editing !== undefined}
        skill={editing ?? null}
        onClose={() => setEditing(undefined)}
      />
    </Stack>
  );
}
