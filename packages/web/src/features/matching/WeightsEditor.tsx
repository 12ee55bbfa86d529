import { Button, Group, SimpleGrid, Slider, Stack, Text } from '@mantine/core';
import { MATCHING_FACTORS, type TMatchingWeights } from '@musubi/shared';
import { IconAdjustmentsHorizontal, IconArrowBackUp, IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withWeight } from './weights';

interface WeightsEditorProps {
  weights: TMatchingWeights;
  /** True when a weight differs from the organization's. */
  changed: boolean;
  onChange: (weights: TMatchingWeights) => void;
  onReset: () => void;
}

const MARKS = [0, 5, 10].map((value) => ({ value, label: String(value) }));

/**
 * How much each factor counts in this ranking, 0–10, starting from the organization's
 * weights. Folded away until asked for; the value of each shows as a number beside its name.
 */
export function WeightsEditor({ weights, changed, onChange, onReset }: WeightsEditorProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Button
          variant="default"
          leftSection={<IconAdjustmentsHorizontal size={18} aria-hidden />}
          rightSection={open ? <IconChevronUp size={16} aria-hidden /> : <IconChevronDown size={16} aria-hidden />}
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          onClick={() => setOpen((value) => !value)}
          data-testid="weights-toggle"
        >
          {t('matching.ui.weights.toggle')}
        </Button>
        {changed && (
          <Button
            variant="default"
            leftSection={<IconArrowBackUp size={18} aria-hidden />}
            onClick={onReset}
            data-testid="weights-reset"
          >
            {t('matching.ui.weights.reset')}
          </Button>
        )}
      </Group>
      {changed && <Text size="sm">{t('matching.ui.weights.changed')}</Text>}
      {open && (
        <Stack gap="sm" id={panelId} data-testid="weights">
          <Text size="sm">{t('matching.ui.weights.description')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" verticalSpacing="md">
            {MATCHING_FACTORS.map((factor) => {
              const label = t(`matching.factor_${factor}`);
              return (
                <Stack key={factor} gap={4} pb="md">
                  <Group justify="space-between" gap="xs" wrap="nowrap">
                    <Text component="span" size="sm" fw={500}>
                      {label}
                    </Text>
                    <Text component="span" size="sm" fw={700} aria-hidden>
                      {weights[factor]}
                    </Text>
                  </Group>
                  <Slider
                    min={0}
                    max={10}
                    step={1}
                    marks={MARKS}
                    size="lg"
                    thumbSize={28}
                    label={null}
                    thumbLabel={t('matching.ui.weights.thumb', { factor: label })}
                    value={weights[factor]}
                    onChange={(value) => onChange(withWeight(weights, factor, value))}
                    data-testid={`weight-${factor}`}
                  />
                </Stack>
              );
            })}
          </SimpleGrid>
        </Stack>
      )}
    </Stack>
  );
}
