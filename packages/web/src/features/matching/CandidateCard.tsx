import { Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import type { TMatchingWeights, TRankedCandidate } from '@musubi/shared';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../ui/format';
import { FactorBreakdown } from './FactorBreakdown';
import { roundScore } from './weights';

interface CandidateCardProps {
  candidate: TRankedCandidate;
  weights: TMatchingWeights;
  /** The why, already in the interface language. */
  sentence: string;
  warnings: string[];
  /** The need's own organization: people of other organizations are marked with theirs. */
  orgId: string;
  /** Whether people can be chosen for a proposal now (the case is at matching or proposed). */
  selectable: boolean;
  selected: boolean;
  onSelect: (selected: boolean) => void;
}

/** One ranked person: place and total, why in a sentence, what to weigh, and each factor's points. */
export function CandidateCard(props: CandidateCardProps) {
  const { candidate, weights, sentence, warnings, orgId, selectable, selected, onSelect } = props;
  const { t } = useTranslation();
  const format = useFormatters();
  const whyId = useId();
  const name = t('matching.ui.candidates.select', { rank: candidate.rank, name: candidate.name });
  const from = candidate.orgId !== orgId ? t('matching.ui.candidates.other_org', { orgName: candidate.orgName }) : null;
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      data-testid="candidate"
      data-volunteer-id={candidate.volunteerId}
      data-org-id={candidate.orgId}
      data-rank={candidate.rank}
      data-name={candidate.name}
      style={selected ? { borderColor: 'var(--mantine-color-indigo-7)', borderWidth: 2 } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="sm">
          {selectable ? (
            <Checkbox
              size="md"
              checked={selected}
              onChange={(event) => onSelect(event.currentTarget.checked)}
              label={
                <>
                  <Text component="span" fw={700} display="block">
                    {name}
                  </Text>
                  {from && (
                    <Text component="span" size="sm" display="block">
                      {from}
                    </Text>
                  )}
                </>
              }
              aria-describedby={whyId}
              data-testid="candidate-select"
            />
          ) : (
            <Stack gap={0}>
              <Text fw={700}>{name}</Text>
              {from && <Text size="sm">{from}</Text>}
            </Stack>
          )}
          <Text fw={700} data-testid="candidate-total">
            {t('matching.ui.total', {
              total: format.number(roundScore(candidate.total)),
              max: format.number(roundScore(candidate.maxTotal)),
            })}
          </Text>
        </Group>
        <Text id={whyId} data-testid="candidate-why">
          {sentence}
        </Text>
        {warnings.length > 0 && (
          <Group gap={6} wrap="nowrap" align="flex-start" data-testid="candidate-warnings">
            <IconAlertTriangle size={20} color="var(--mantine-color-orange-8)" aria-hidden style={{ flexShrink: 0 }} />
            <Text fw={500}>
              {t('matching.ui.candidates.warnings', { list: warnings.join(t('matching.separator')) })}
            </Text>
          </Group>
        )}
        <FactorBreakdown factors={candidate.factors} weights={weights} />
      </Stack>
    </Paper>
  );
}
