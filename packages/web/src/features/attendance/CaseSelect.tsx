import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useVolunteerCases } from './use-attendance';

interface CaseSelectProps {
  orgId: string;
  volunteerId: string;
  /** The chosen case's id, '' for none. */
  value: string;
  onChange: (needId: string) => void;
  /** The case the record names already, listed even when it is no longer open. */
  current?: { id: string; number: string | null } | null;
}

/**
 * Links a visit to one of the cases (needs) the volunteer serves: in a time
 * bank of mutual exchange, the person helped in that case pays the credits.
 * Shown only when the volunteer serves a case or the record names one.
 */
export function CaseSelect({ orgId, volunteerId, value, onChange, current }: CaseSelectProps) {
  const { t } = useTranslation();
  const cases = useVolunteerCases(orgId, volunteerId);
  const options = (cases.data?.cases ?? []).map((item) => ({ value: item.id, label: `${item.number} ${item.title}` }));
  if (current && !options.some((option) => option.value === current.id)) {
    options.unshift({ value: current.id, label: current.number ?? current.id });
  }
  if (options.length === 0) return null;
  return (
    <NativeSelect
      label={t('common.optional', { label: t('attendance.approval.case_label') })}
      description={t('attendance.approval.case_description')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[{ value: '', label: t('attendance.approval.case_none') }, ...options]}
      data-testid="case-select"
    />
  );
}
