import { Fieldset, Group, NativeSelect, NumberInput, Switch, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { ACTIVITY_CATEGORIES } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../app/messages';
import { FormSection } from './FormSection';
import type { OpportunityValues } from './opportunity-form';

interface FieldsProps {
  form: UseFormReturnType<OpportunityValues>;
}

/** What the activity is, and where. */
export function ActivityFields({ form }: FieldsProps) {
  const { t } = useTranslation();
  const optional = (key: MessageKey) => t('common.optional', { label: t(key) });
  return (
    <>
      <FormSection id="activity-about" title={t('opportunities.form.sections.about')}>
        <TextInput
          label={t('opportunities.form.fields.title')}
          description={t('opportunities.form.fields.title_description')}
          required
          autoComplete="off"
          {...form.getInputProps('title')}
        />
        <Textarea
          label={optional('opportunities.form.fields.description')}
          description={t('opportunities.form.fields.description_description')}
          autosize
          minRows={4}
          {...form.getInputProps('description')}
        />
        <NativeSelect
          label={t('opportunities.form.fields.category')}
          data={ACTIVITY_CATEGORIES.map((category) => ({
            value: category,
            label: t(`participation.category_${category}`),
          }))}
          w={{ base: '100%', xs: 320 }}
          {...form.getInputProps('category')}
        />
      </FormSection>

      <FormSection id="activity-place" title={t('opportunities.form.sections.place')}>
        <Switch
          size="lg"
          label={t('opportunities.form.fields.online')}
          description={t('opportunities.form.fields.online_description')}
          {...form.getInputProps('online', { type: 'checkbox' })}
        />
        <TextInput
          label={optional('opportunities.form.fields.postal_code')}
          inputMode="numeric"
          autoComplete="off"
          w={{ base: '100%', xs: 220 }}
          {...form.getInputProps('postalCode')}
        />
        <TextInput
          label={optional('opportunities.form.fields.address')}
          autoComplete="off"
          {...form.getInputProps('address')}
        />
        <TextInput
          label={optional('opportunities.form.fields.area')}
          description={t('opportunities.form.fields.area_description')}
          autoComplete="off"
          w={{ base: '100%', xs: 320 }}
          {...form.getInputProps('area')}
        />
        <Fieldset legend={optional('opportunities.form.fields.map_point')} variant="unstyled">
          <Text c="dimmed" size="sm" mb="xs">
            {t('opportunities.form.fields.map_point_description')}
          </Text>
          <Group align="flex-start" gap="md">
            <NumberInput
              label={t('opportunities.form.fields.latitude')}
              min={-90}
              max={90}
              decimalScale={6}
              hideControls
              inputMode="decimal"
              w={{ base: '100%', xs: 220 }}
              {...form.getInputProps('location.lat')}
            />
            <NumberInput
              label={t('opportunities.form.fields.longitude')}
              min={-180}
              max={180}
              decimalScale={6}
              hideControls
              inputMode="decimal"
              w={{ base: '100%', xs: 220 }}
              {...form.getInputProps('location.lng')}
            />
          </Group>
        </Fieldset>
        <Textarea
          label={optional('opportunities.form.fields.accessibility_info')}
          description={t('opportunities.form.fields.accessibility_info_description')}
          autosize
          minRows={2}
          {...form.getInputProps('accessibilityInfo')}
        />
      </FormSection>
    </>
  );
}
