import { Burger, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AccountControls } from './AccountControls';
import { PreferenceControls } from './PreferenceControls';

interface AppHeaderProps {
  navOpened: boolean;
  onToggleNav: () => void;
  /** Controls that fit in the header at this width; the rest are in the navigation. */
  withPreferences: boolean;
  withAccount: boolean;
}

export function AppHeader({ navOpened, onToggleNav, withPreferences, withAccount }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="md"
          size="md"
          aria-label={t('nav.menu')}
          aria-expanded={navOpened}
          aria-controls="main-navigation"
        />
        <Text component={Link} to="/" fw={700} fz="xl" c="indigo.8" td="none">
          {t('common.app_name')}
        </Text>
      </Group>
      <Group gap="md" wrap="nowrap">
        {withPreferences && <PreferenceControls />}
        {withAccount && <AccountControls />}
      </Group>
    </Group>
  );
}
