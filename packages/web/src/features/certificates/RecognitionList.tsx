import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { TRecognition } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { levelName, useDuration } from './certificate-display';

/** Where the person stands against each organization's recognition levels. */
export function RecognitionList({ recognitions, showOrg }: { recognitions: TRecognition[]; showOrg: boolean }) {
  const { t, i18n } = useTranslation();
  const duration = useDuration();
  return (
    <Stack gap="sm" data-testid="recognitions">
      {recognitions.map((r) => {
        const off = !r.current && !r.next;
        return (
          <Paper key={r.orgId} withBorder p="sm">
            <Stack gap={4}>
              {showOrg && (
                <Text size="sm" c="dimmed">
                  {t('certificates.recognition.at_org', { org: r.orgName })}
                </Text>
              )}
              <Group gap="sm">
                {r.current ? (
                  <Badge size="xl" color="grape" variant="light" data-testid="recognition-level">
                    {t('certificates.recognition.current', { name: levelName(r.current, i18n.language) })}
                  </Badge>
                ) : (
                  <Text fw={700}>{off ? t('certificates.recognition.off') : t('certificates.recognition.none')}</Text>
                )}
              </Group>
              {r.next && r.minutesToNext !== null && (
                <Text data-testid="recognition-next">
                  {t('certificates.recognition.next', {
                    name: levelName(r.next, i18n.language),
                    hours: duration(r.minutesToNext),
                  })}
                </Text>
              )}
              {r.current && !r.next && <Text>{t('certificates.recognition.top')}</Text>}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
