import { Anchor, Group, List, Text } from '@mantine/core';
import { IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { ProfileSection } from '../volunteers/ProfileSection';
import { needPath } from './paths';
import { useFollowUpsDue } from './use-needs';

/** Completed cases nobody has called back yet, oldest first: who to phone today. */
export function FollowUpsDuePanel({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const due = useFollowUpsDue(orgId);
  return (
    <ProfileSection title={t('needs.board.follow_ups_due')} data-testid="follow-ups-due">
      {due.isPending && <LoadingState />}
      {due.isError && <ErrorState error={due.error} onRetry={() => void due.refetch()} />}
      {due.data &&
        (due.data.length === 0 ? (
          <Text>{t('needs.board.follow_ups_none')}</Text>
        ) : (
          <List spacing="sm" listStyleType="none" ms={0} ps={0}>
            {due.data.map((need) => (
              <List.Item key={need.needId} data-testid="follow-up-due">
                <Group gap="xs" wrap="wrap">
                  <Anchor component={Link} to={needPath(need.needId)} fw={500}>
                    {t('needs.board.number_title', { number: need.number, title: need.title })}
                  </Anchor>
                  <Text component="span">
                    {t('needs.board.follow_up_due_detail', {
                      name: need.recipientName ?? '—',
                      days: need.daysSinceCompletion,
                    })}
                  </Text>
                  {need.requesterPhone && (
                    <Anchor href={`tel:${need.requesterPhone}`} style={{ whiteSpace: 'nowrap' }}>
                      <IconPhone size={16} aria-hidden /> {need.requesterPhone}
                    </Anchor>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        ))}
    </ProfileSection>
  );
}
