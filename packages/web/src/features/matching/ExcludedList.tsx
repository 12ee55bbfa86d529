import { Button, List, Stack, Text } from '@mantine/core';
import type { ExplainContext, TExcludedCandidate } from '@musubi/shared';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exclusionSentence } from './explain';

interface ExcludedListProps {
  excluded: readonly TExcludedCandidate[];
  orgId: string;
  ctx: ExplainContext;
}

/** People a hard rule keeps out who would otherwise have ranked, each with the rule in words; folded by default. */
export function ExcludedList({ excluded, orgId, ctx }: ExcludedListProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  if (excluded.length === 0) return null;
  return (
    <Stack gap="xs">
      <Button
        variant="default"
        style={{ alignSelf: 'flex-start' }}
        leftSection={open ? <IconChevronUp size={18} aria-hidden /> : <IconChevronDown size={18} aria-hidden />}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((value) => !value)}
        data-testid="excluded-toggle"
      >
        {t('matching.ui.excluded.toggle', { count: excluded.length })}
      </Button>
      {open && (
        <Stack gap="xs" id={panelId} data-testid="excluded">
          <Text>{t('matching.ui.excluded.intro')}</Text>
          <List spacing="xs">
            {excluded.map((person) => (
              <List.Item key={person.volunteerId} data-testid="excluded-person">
                <Text component="span" fw={700}>
                  {person.name}
                </Text>
                {person.orgId !== orgId && (
                  <Text component="span"> {t('matching.ui.candidates.other_org', { orgName: person.orgName })}</Text>
                )}
                <Text component="span">
                  {t('matching.ui.excluded.why', {
                    why: exclusionSentence(i18n.language, person.exclusions, ctx),
                  })}
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}
