import { Stack, Text, Title } from '@mantine/core';
import type { TAttendanceFlag } from '@musubi/shared';
import { useTranslation } from 'react-i18next';

/** What each flag on the page means, so a coordinator can decide without guessing. */
export function FlagLegend({ flags }: { flags: readonly TAttendanceFlag[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <Stack gap={6} data-testid="flag-legend">
      <Title order={2} size="h4">
        {t('attendance.approval.flags_title')}
      </Title>
      <dl style={{ margin: 0 }}>
        {flags.map((flag) => (
          <div key={flag} style={{ marginBottom: 6 }}>
            <Text component="dt" fw={600}>
              {t(`attendance.flag_${flag}`)}
            </Text>
            <Text component="dd" ms={0}>
              {t(`attendance.flag_help.${flag}`)}
            </Text>
          </div>
        ))}
      </dl>
    </Stack>
  );
}
