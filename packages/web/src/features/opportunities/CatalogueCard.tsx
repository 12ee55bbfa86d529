import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { TCatalogueEntry } from '@musubi/shared';
import { IconCalendarEvent, IconMapPin, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../ui/format';
import { roundDistance } from './nearby';
import { OpportunityBadges } from './OpportunityBadges';
import { sharePath } from './paths';

/** One activity in the catalogue: what, who, next date, where, and how far when known. */
export function CatalogueCard({ entry }: { entry: TCatalogueEntry }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const place = entry.online ? t('opportunities.facts.online') : [entry.area, entry.address].filter(Boolean).join(' ');
  const headingId = `catalogue-entry-${entry.id}`;
  return (
    <Paper component="li" withBorder p="md" radius="md" aria-labelledby={headingId} data-testid="catalogue-entry">
      <Stack gap={6}>
        <Title order={2} size="h3" id={headingId}>
          <Anchor
            component={Link}
            to={sharePath(entry.id)}
            inherit
            style={{ display: 'inline-block', minHeight: '2.75rem', paddingBlock: '0.35rem' }}
            data-testid="catalogue-entry-link"
          >
            {entry.title}
          </Anchor>
        </Title>
        <Text c="dimmed">{entry.orgName}</Text>
        {(entry.trial || entry.beginnerFriendly) && (
          <Group gap="xs">
            <OpportunityBadges opportunity={{ ...entry, online: false }} size="lg" />
          </Group>
        )}
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconCalendarEvent size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Text>
            {t('opportunities.catalogue.next_date', { date: format.dateTime(entry.nextShiftStartsAt) })}
            {entry.upcomingShiftCount > 1 &&
              ` ${t('opportunities.catalogue.more_dates', { count: entry.upcomingShiftCount - 1 })}`}
          </Text>
        </Group>
        {place && (
          <Group gap={6} wrap="nowrap" align="flex-start">
            {entry.online ? (
              <IconWorld size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
            ) : (
              <IconMapPin size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
            )}
            <Text>
              {place}
              {entry.distanceKm !== null &&
                ` ${t('opportunities.catalogue.distance', { km: roundDistance(entry.distanceKm) })}`}
            </Text>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
