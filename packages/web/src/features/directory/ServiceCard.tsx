import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { TDirectoryService } from '@musubi/shared';
import { IconClock, IconLanguage, IconMapPin, IconPhone } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Detail, DetailList } from '../volunteers/ProfileSection';
import { HoursList } from './HoursList';
import { OpenNowBadge } from './OpenNowBadge';
import { directoryPaths } from './paths';

interface ServiceCardProps {
  service: TDirectoryService;
  /** h2 in the search results, h3 under an organization's "services" heading. */
  headingOrder: 2 | 3;
  /** Links to the organization's page (in the search results, not on that page). */
  showOrganization?: boolean;
  /** Edit and delete buttons, for coordinators. */
  actions?: ReactNode;
}

const iconStyle = { flexShrink: 0, marginTop: 3 };

/** A service: what it is, for whom, when it is open, in which languages, where and whom to call. */
export function ServiceCard({ service, headingOrder, showOrganization, actions }: ServiceCardProps) {
  const { t, i18n } = useTranslation();
  const headingId = `directory-service-${service.id}`;
  const languages = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' }).format(
    service.languages.map((language) => t(`participation.language_${language}`)),
  );
  const hours =
    service.schedules.length > 0 ? service.schedules : service.locations.flatMap((place) => place.schedules);
  return (
    <Paper
      component={showOrganization ? 'li' : 'article'}
      withBorder
      p="md"
      radius="md"
      aria-labelledby={headingId}
      data-testid="directory-service"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2}>
            <Title order={headingOrder} size="h3" id={headingId}>
              {service.name}
            </Title>
            {showOrganization && (
              <Anchor
                component={Link}
                to={directoryPaths.organization(service.organizationId)}
                style={{ display: 'inline-block', minHeight: '2.75rem', paddingBlock: '0.5rem' }}
                data-testid="directory-service-organization"
              >
                {service.organizationName}
              </Anchor>
            )}
          </Stack>
          <Group gap="xs">
            {service.status === 'inactive' ? (
              <Badge variant="outline" color="gray" size="lg" tt="none">
                {t('directory.status.inactive')}
              </Badge>
            ) : (
              <OpenNowBadge open={service.openNow} />
            )}
            {actions}
          </Group>
        </Group>
        {service.categories.length > 0 && (
          <Group gap="xs" aria-label={t('directory.service.categories')} role="list">
            {service.categories.map((category) => (
              <Badge key={category} role="listitem" variant="light" size="lg" tt="none" c="var(--mantine-color-text)">
                {t(`directory.categories.${category}`)}
              </Badge>
            ))}
          </Group>
        )}
        {service.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{service.description}</Text>}
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconClock size={20} aria-hidden style={iconStyle} />
          <Stack gap={0}>
            <Text fw={700} size="sm">
              {t('directory.hours.title')}
              {service.schedules.length === 0 && hours.length > 0 && ` (${t('directory.hours.of_places')})`}
            </Text>
            <HoursList schedules={hours} />
          </Stack>
        </Group>
        {service.languages.length > 0 && (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconLanguage size={20} aria-hidden style={iconStyle} />
            <Text>
              <Text component="span" fw={700} size="sm">
                {t('directory.service.languages')}:{' '}
              </Text>
              <span data-testid="directory-service-languages">{languages}</span>
            </Text>
          </Group>
        )}
        {service.locations.length > 0 && (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconMapPin size={20} aria-hidden style={iconStyle} />
            <Stack gap={0}>
              {service.locations.map((place) => (
                <Text key={place.id}>
                  {[place.name, place.area, place.postalCode, place.address].filter(Boolean).join(' ')}
                </Text>
              ))}
            </Stack>
          </Group>
        )}
        {service.contactPhone && (
          <Group gap={6} wrap="nowrap" align="center">
            <IconPhone size={20} aria-hidden style={{ flexShrink: 0 }} />
            <Anchor
              href={`tel:${service.contactPhone}`}
              aria-label={t('directory.service.call', { phone: service.contactPhone })}
              style={{ display: 'inline-block', minHeight: '2.75rem', paddingBlock: '0.5rem' }}
            >
              {service.contactPhone}
            </Anchor>
            {service.contactName && <Text c="dimmed">{service.contactName}</Text>}
          </Group>
        )}
        {(service.eligibility || service.fees || service.contactEmail || service.website) && (
          <DetailList>
            {service.eligibility && <Detail label={t('directory.service.eligibility')}>{service.eligibility}</Detail>}
            {service.fees && <Detail label={t('directory.service.fees')}>{service.fees}</Detail>}
            {service.contactEmail && (
              <Detail label={t('directory.service.contact')}>
                <Anchor href={`mailto:${service.contactEmail}`}>{service.contactEmail}</Anchor>
              </Detail>
            )}
            {service.website && (
              <Detail label={t('directory.service.website')}>
                <Anchor href={service.website} target="_blank" rel="noopener noreferrer">
                  {service.website}
                </Anchor>
              </Detail>
            )}
          </DetailList>
        )}
      </Stack>
    </Paper>
  );
}
