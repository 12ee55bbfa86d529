import { Button, Group, Text } from '@mantine/core';
import { NEED_STATUSES, type TNeedStatus } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { stageCount, type TStageFilter } from './board-filters';

interface StageBoardProps {
  counts: Partial<Record<TNeedStatus, number>> | undefined;
  value: TStageFilter;
  onChange: (stage: TStageFilter) => void;
}

const TABS: readonly TStageFilter[] = ['open', ...NEED_STATUSES, 'all'];

/**
 * How many cases wait at each stage, as a row of buttons that also filter the list; the
 * chosen one is pressed (aria-pressed) and drawn filled, never told apart by colour alone.
 */
export function StageBoard({ counts, value, onChange }: StageBoardProps) {
  const { t } = useTranslation();
  const label = (stage: TStageFilter) =>
    stage === 'open'
      ? t('needs.board.stage_open')
      : stage === 'all'
        ? t('needs.board.stage_all')
        : t(`needs.status_${stage}`);
  return (
    <Group role="group" aria-label={t('needs.board.stages')} gap="xs" mb="md" data-testid="stage-board">
      {TABS.map((stage) => {
        const pressed = stage === value;
        const count = counts ? stageCount(counts, stage) : null;
        return (
          <Button
            key={stage}
            variant={pressed ? 'filled' : 'default'}
            aria-pressed={pressed}
            onClick={() => onChange(stage)}
            rightSection={
              count === null ? undefined : (
                <Text component="span" fw={700} data-testid={`stage-count-${stage}`}>
                  {count}
                </Text>
              )
            }
            data-testid={`stage-${stage}`}
          >
            {label(stage)}
          </Button>
        );
      })}
    </Group>
  );
}
