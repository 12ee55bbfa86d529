import { Checkbox, Fieldset, Stack, Text } from '@mantine/core';
import { CONSENT_PURPOSES, type TConsentPurpose } from '@musubi/shared';
import { useTranslation } from 'react-i18next';

interface ConsentFieldsProps {
  value: TConsentPurpose[];
  onChange: (value: TConsentPurpose[]) => void;
}

/** The purposes the person agreed to on paper or aloud, each with the wording they agreed to. */
export function ConsentFields({ value, onChange }: ConsentFieldsProps) {
  const { t } = useTranslation();
  const toggle = (purpose: TConsentPurpose, checked: boolean) =>
    onChange(checked ? [...value, purpose] : value.filter((item) => item !== purpose));
  return (
    <Fieldset legend={t('volunteers.sections.consents')}>
      <Stack>
        <Text c="dimmed">{t('volunteers.consents_assisted_help')}</Text>
        {CONSENT_PURPOSES.map((purpose) => (
          <Checkbox
            key={purpose}
            size="md"
            label={t(`participation.consent_${purpose}`)}
            description={t(`participation.consent_text_${purpose}`)}
            checked={value.includes(purpose)}
            onChange={(event) => toggle(purpose, event.currentTarget.checked)}
            data-testid={`consent-${purpose}`}
          />
        ))}
      </Stack>
    </Fieldset>
  );
}
