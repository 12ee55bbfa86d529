import { Anchor, List, Stack, Text } from '@mantine/core';
import type { TCatalogueEntry } from '@musubi/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { compassPoint, plotPosition, roundDistance, sketchScaleKm } from './nearby';
import { sharePath } from './paths';

const SIZE = 320;
const CENTER = SIZE / 2;
const EDGE = SIZE / 2 - 24;

interface NearbySketchProps {
  origin: { lat: number; lng: number };
  radiusKm: number;
  /** Entries with a place, nearest first. */
  entries: TCatalogueEntry[];
}

/**
 * Not a map: a drawing of directions and distances around the person (north up), with the same
 * numbers as the list beside it, which says everything the drawing shows.
 */
export function NearbySketch({ origin, radiusKm, entries }: NearbySketchProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const placed = entries.filter((entry) => entry.location !== null);
  const scaleKm = sketchScaleKm(
    placed.map((entry) => entry.distanceKm ?? 0),
    radiusKm,
  );
  return (
    <Stack gap="md" data-testid="nearby-sketch">
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        width="100%"
        style={{ maxWidth: SIZE, alignSelf: 'center' }}
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{t('opportunities.nearby.sketch_title', { count: placed.length, km: radiusKm })}</title>
        <circle cx={CENTER} cy={CENTER} r={EDGE} fill="none" stroke="var(--mantine-color-gray-5)" />
        <circle
          cx={CENTER}
          cy={CENTER}
          r={EDGE / 2}
          fill="none"
          stroke="var(--mantine-color-gray-4)"
          strokeDasharray="4 4"
        />
        <text x={CENTER} y={16} textAnchor="middle" fontSize={14} fill="var(--mantine-color-text)">
          {t('opportunities.nearby.north')}
        </text>
        <text x={CENTER + EDGE - 4} y={CENTER + 18} textAnchor="end" fontSize={12} fill="var(--mantine-color-text)">
          {t('opportunities.catalogue.distance', { km: scaleKm })}
        </text>
        {placed.map((entry, index) => {
          const { x, y } = plotPosition(origin, entry.location!, scaleKm);
          const cx = CENTER + x * EDGE;
          const cy = CENTER - y * EDGE;
          return (
            <g key={entry.id}>
              <circle cx={cx} cy={cy} r={12} fill="var(--mantine-color-indigo-8)" />
              <text x={cx} y={cy + 4} textAnchor="middle" fontSize={12} fontWeight={700} fill="white">
                {index + 1}
              </text>
            </g>
          );
        })}
        {/* The person last, on top of anything drawn at the same spot. */}
        <circle cx={CENTER} cy={CENTER} r={7} fill="var(--mantine-color-red-8)" stroke="white" strokeWidth={2} />
      </svg>
      <Text c="dimmed">{t('opportunities.nearby.legend')}</Text>
      <List type="ordered" spacing="xs" data-testid="nearby-list">
        {placed.map((entry) => (
          <List.Item key={entry.id}>
            <Anchor component={Link} to={sharePath(entry.id)}>
              {entry.title}
            </Anchor>
            {t('opportunities.nearby.where', {
              km: roundDistance(entry.distanceKm ?? 0),
              direction: t(`opportunities.nearby.directions.${compassPoint(origin, entry.location!)}`),
            })}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
