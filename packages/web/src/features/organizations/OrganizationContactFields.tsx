import { Textarea, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../app/messages';
import type { OrganizationBasicsValues, OrganizationProfileValues } from './profile-form';

type ContactField = Exclude<keyof OrganizationProfileValues, keyof OrganizationBasicsValues>;

interface OrganizationContactFieldsProps {
  inputProps: (field: ContactField) => GetInputPropsReturnType;
}

/** How to reach the organization and what it does; all optional, and labelled so. */
export function OrganizationContactFields({ inputProps }: OrganizationContactFieldsProps) {
  const { t } = useTranslation();
  const optional = (key: MessageKey) => t('common.optional', { label: t(key) });
  return (
    <>
      <TextInput
        label={optional('organizations.fields.email')}
        type="email"
        autoComplete="email"
        {...inputProps('email')}
      />
      <TextInput
        label={optional('organizations.fields.phone')}
        type="tel"
        autoComplete="tel"
        {...inputProps('phone')}
      />
      <TextInput
        label={optional('organizations.fields.postal_code')}
        autoComplete="postal-code"
        inputMode="numeric"
        {...inputProps('postalCode')}
      />
      <TextInput
        label={optional('organizations.fields.address')}
        autoComplete="street-address"
        {...inputProps('address')}
      />
      <TextInput
        label={optional('organizations.fields.website')}
        type="url"
        autoComplete="url"
        {...inputProps('website')}
      />
      <Textarea
        label={optional('organizations.fields.description')}
        autosize
        minRows={3}
        {...inputProps('description')}
      />
    </>
  );
}
