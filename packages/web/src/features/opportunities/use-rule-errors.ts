import type { FormErrors } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../app/messages';
import { formRuleErrors, type OpportunityValues } from './opportunity-form';

/** The activity form's own rules (beyond the contract), translated. */
export function useRuleErrors(): (values: OpportunityValues) => FormErrors {
  const { t } = useTranslation();
  return (values) =>
    Object.fromEntries(Object.entries(formRuleErrors(values)).map(([path, key]) => [path, t(key as MessageKey)]));
}
