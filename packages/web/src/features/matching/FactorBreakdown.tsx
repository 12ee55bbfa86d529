import { Box, Group, Text } from '@mantine/core';
import { MATCHING_FACTORS, type TFactorScores, type TMatchingWeights } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../ui/format';
import { factorPoints } from './weights';

/**
 * What each factor adds to the total, in numbers and words ("言語 3 / 3", "距離 該当なし"),
 * never in colour alone: a description list, three columns where the screen allows.
 */
export function FactorBreakdown({ factors, weights }: { factors: TFactorScores; weights: TMatchingWeights }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Box
      component="dl"
      m={0}
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(13rem, 1fr))',
        columnGap: 'var(--mantine-spacing-lg)',
        rowGap: 2,
      }}
      data-testid="candidate-factors"
    >
      {MATCHING_FACTORS.map((factor) => {
        const weight = weights[factor];
        const points = factorPoints(factors[factor], weight);
        const value =
          weight === 0
            ? t('matching.ui.factor_ignored')
            : points === null
              ? t('matching.ui.factor_not_applicable')
              : t('matching.ui.points', { points: format.number(points), weight: format.number(weight) });
        return (
          <Group
            key={factor}
            justify="space-between"
            gap="xs"
            wrap="nowrap"
            style={{ borderBottom: '1px dotted var(--mantine-color-gray-4)' }}
            data-factor={factor}
          >
            <Text component="dt" size="sm">
              {t(`matching.factor_${factor}`)}
            </Text>
            <Text component="dd" m={0} size="sm" fw={points === null ? 400 : 700} style={{ whiteSpace: 'nowrap' }}>
              {value}
            </Text>
          </Group>
        );
      })}
    </Box>
  );
}
