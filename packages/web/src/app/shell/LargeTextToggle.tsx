import { Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../features/auth/use-preferences';

/** Makes all text and controls 25 % larger. */
export function LargeTextToggle() {
  const { t } = useTranslation();
  const { largeText, setLargeText } = usePreferences();
  return (
    <Switch
      size="md"
      label={t('nav.large_text')}
      checked={largeText}
      onChange={(event) => setLargeText(event.currentTarget.checked)}
      data-testid="large-text-toggle"
    />
  );
}
