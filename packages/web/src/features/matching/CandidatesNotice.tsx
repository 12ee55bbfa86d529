import { Text } from '@mantine/core';
import { IconUserSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ProfileSection } from '../volunteers/ProfileSection';

/** The candidates' place on the case page when no ranking is shown yet, saying why. */
export function CandidatesNotice({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <ProfileSection title={t('needs.case.candidates')} data-testid="candidates">
      <Text>
        <IconUserSearch size={18} aria-hidden style={{ verticalAlign: 'text-bottom' }} /> {text}
      </Text>
    </ProfileSection>
  );
}
