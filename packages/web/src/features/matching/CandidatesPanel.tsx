import { Button, Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { TMatchingWeights, TNeed, TRankedCandidate } from '@musubi/shared';
import { IconSend, IconUserSearch } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { useCalendarDate } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { ProfileSection } from '../volunteers/ProfileSection';
import { useSkills } from '../volunteers/use-volunteers';
import { CandidateCard } from './CandidateCard';
import { ExcludedList } from './ExcludedList';
import { candidateSentence, explainContext, warningPhrases } from './explain';
import { ProposeModal } from './ProposeModal';
import { useCandidates, useMatchingSettings } from './use-matching';
import { WeightsEditor } from './WeightsEditor';
import { weightOverrides, weightsQuery } from './weights';

/** How many ranked people the panel shows (the API's default, and what an override is measured against). */
export const CANDIDATE_LIMIT = 20;

/**
 * The ranked candidates for a case (coordinators): each with the why in a sentence and the
 * points per factor, the weights to try (re-ranked as they change), the people a hard rule
 * keeps out, and choosing one or several to ask. Asking is possible at matching and proposed.
 */
export function CandidatesPanel({ orgId, need }: { orgId: string; need: TNeed }) {
  const { t, i18n } = useTranslation();
  const settings = useMatchingSettings(orgId);
  const skills = useSkills(orgId);
  const calendarDate = useCalendarDate();
  const base = settings.data?.weights;
  const [edited, setEdited] = useState<TMatchingWeights | null>(null);
  const weights = edited ?? base;
  const [query] = useDebouncedValue(weights && base ? weightsQuery(weightOverrides(weights, base)) : '', 400);
  const ranking = useCandidates(orgId, need.id, CANDIDATE_LIMIT, query, !!base);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [proposing, setProposing] = useState(false);
  const listId = useId();
  const selectable = need.status === 'matching' || need.status === 'proposed';

  const ctx = explainContext(skills.data, i18n.language, need.recipientName);
  const data = ranking.data;
  const shown = data?.candidates ?? [];
  const chosen = shown.filter((c) => selected.has(c.volunteerId));
  const warningsOf = (c: TRankedCandidate) => warningPhrases(i18n.language, c.reasons, ctx);
  const toggle = (volunteerId: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(volunteerId);
      else next.delete(volunteerId);
      return next;
    });

  // At the top and again below the list, so a choice far down need not scroll back.
  const proposeButton = (testId: string) =>
    selectable && (
      <Button
        size="md"
        leftSection={<IconSend size={18} aria-hidden />}
        disabled={chosen.length === 0}
        onClick={() => setProposing(true)}
        data-testid={testId}
      >
        {t('matching.ui.candidates.propose', { count: chosen.length })}
      </Button>
    );

  return (
    <ProfileSection title={t('needs.case.candidates')} actions={proposeButton('propose')} data-testid="candidates">
      {settings.isError && <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />}
      {weights && base && (
        <WeightsEditor
          weights={weights}
          changed={Object.keys(weightOverrides(weights, base)).length > 0}
          onChange={setEdited}
          onReset={() => setEdited(null)}
        />
      )}
      {!selectable && <Text>{t('matching.ui.candidates.assessing_hint')}</Text>}
      {ranking.isPending && base && <LoadingState />}
      {ranking.isError && <ErrorState error={ranking.error} onRetry={() => void ranking.refetch()} />}
      {data && (
        <Stack gap="sm">
          <Group justify="space-between" gap="sm">
            <Text>
              {t('matching.ui.candidates.intro', { date: calendarDate(data.date), count: data.candidates.length })}
            </Text>
            {/* Says when a new ranking is on its way, and when it has arrived. */}
            <Text size="sm" role="status" aria-live="polite">
              {ranking.isFetching ? t('matching.ui.candidates.updating') : ''}
            </Text>
          </Group>
          {selectable && chosen.length > 0 && (
            <Text fw={500} data-testid="candidates-selected">
              {t('matching.ui.candidates.selected', { count: chosen.length })}
            </Text>
          )}
          {shown.length === 0 ? (
            <EmptyNotice
              title={t('matching.ui.candidates.none')}
              description={t('matching.ui.candidates.none_body')}
              icon={<IconUserSearch aria-hidden />}
            />
          ) : (
            <Stack
              component="ol"
              gap="sm"
              id={listId}
              aria-label={t('matching.ui.candidates.list')}
              aria-busy={ranking.isFetching}
              style={{ listStyle: 'none', margin: 0, padding: 0, opacity: ranking.isPlaceholderData ? 0.6 : 1 }}
            >
              {shown.map((candidate) => (
                <CandidateCard
                  key={candidate.volunteerId}
                  candidate={candidate}
                  weights={data.weights}
                  sentence={candidateSentence(i18n.language, candidate.reasons, ctx)}
                  warnings={warningsOf(candidate)}
                  orgId={orgId}
                  selectable={selectable}
                  selected={selected.has(candidate.volunteerId)}
                  onSelect={(on) => toggle(candidate.volunteerId, on)}
                />
              ))}
            </Stack>
          )}
          <ExcludedList excluded={data.excluded} orgId={orgId} ctx={ctx} />
          {selectable && shown.length > 0 && <Group justify="flex-end">{proposeButton('propose-end')}</Group>}
        </Stack>
      )}
      {data && base && (
        <ProposeModal
          orgId={orgId}
          needId={need.id}
          opened={proposing}
          chosen={chosen}
          shown={shown}
          limit={data.limit}
          overrides={weightOverrides(data.weights, base)}
          warningsOf={warningsOf}
          onClose={() => setProposing(false)}
          onProposed={() => {
            setProposing(false);
            setSelected(new Set());
          }}
        />
      )}
    </ProfileSection>
  );
}
