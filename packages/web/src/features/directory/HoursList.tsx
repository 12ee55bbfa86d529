import { List, Text } from '@mantine/core';
import type { TDirectorySchedule } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { translateKey } from '../../app/messages';
import { describeSchedule, type HoursWords } from './hours';

/** The wording of opening hours in the interface language. */
export function useHoursWords(): HoursWords {
  const { i18n } = useTranslation();
  return { t: (key, params) => translateKey(key, params) ?? key, language: i18n.language };
}

interface HoursListProps {
  schedules: TDirectorySchedule[];
  /** Shown when there are no hours. */
  emptyText?: string;
}

/** Opening hours, one rule a line, each with its note. */
export function HoursList({ schedules, emptyText }: HoursListProps) {
  const { t } = useTranslation();
  const words = useHoursWords();
  if (schedules.length === 0) return <Text c="dimmed">{emptyText ?? t('directory.hours.none')}</Text>;
  return (
    <List spacing={4} listStyleType="none" ml={0} pl={0} data-testid="hours">
      {schedules.map((schedule) => (
        <List.Item key={`${schedule.freq}-${schedule.byday.join()}-${schedule.opensAt}-${schedule.validFrom}`}>
          {describeSchedule(schedule, words)}
          {schedule.description && (
            <Text component="span" c="dimmed">
              {' '}
              ({schedule.description})
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
