import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface OpportunityBadgesProps {
  opportunity: { beginnerFriendly: boolean; trial: boolean; online: boolean };
  size?: 'md' | 'lg';
}

/** "Beginners welcome", "Trial" and "Online" as words: dark text on a light tint (the tint alone fails AA with colored text). */
export function OpportunityBadges({ opportunity, size = 'md' }: OpportunityBadgesProps) {
  const { t } = useTranslation();
  const badge = (color: string, label: string, testId: string) => (
    <Badge key={testId} variant="light" color={color} size={size} tt="none" c="dark.8" data-testid={testId}>
      {label}
    </Badge>
  );
  return (
    <>
      {opportunity.trial && badge('grape', t('opportunities.badges.trial'), 'badge-trial')}
      {opportunity.beginnerFriendly && badge('teal', t('opportunities.badges.beginner'), 'badge-beginner')}
      {opportunity.online && badge('blue', t('opportunities.badges.online'), 'badge-online')}
    </>
  );
}
