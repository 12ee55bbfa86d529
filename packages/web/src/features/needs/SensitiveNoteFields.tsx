import { Alert, Fieldset, NativeSelect, Stack, Textarea } from '@mantine/core';
import { SENSITIVE_NOTE_CATEGORIES } from '@musubi/shared';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TSensitiveCategory } from './need-form';

interface SensitiveNoteFieldsProps {
  category: { value: TSensitiveCategory; onChange: (value: TSensitiveCategory) => void; error?: React.ReactNode };
  body: { value: string; onChange: (value: string) => void; error?: React.ReactNode };
  /** A note is optional at intake; on its own form it is what is being written. */
  optional?: boolean;
}

/**
 * A restricted note (health, family situation): marked as such with a lock and words, and
 * telling the writer who may read it and that every read leaves a trace.
 */
export function SensitiveNoteFields({ category, body, optional = false }: SensitiveNoteFieldsProps) {
  const { t } = useTranslation();
  const legend = t('needs.sensitive.legend');
  return (
    <Fieldset
      legend={
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
          <IconLock size={18} aria-hidden />
          {optional ? t('common.optional', { label: legend }) : legend}
        </span>
      }
      data-testid="sensitive-note-fields"
      style={{ borderColor: 'var(--mantine-color-orange-7)', borderWidth: 2 }}
    >
      <Stack>
        <Alert color="orange" variant="light" icon={<IconLock aria-hidden />}>
          {t('needs.sensitive.restricted_notice')}
        </Alert>
        <NativeSelect
          label={t('needs.sensitive.category')}
          data={SENSITIVE_NOTE_CATEGORIES.map((value) => ({ value, label: t(`needs.sensitive_category_${value}`) }))}
          value={category.value}
          onChange={(event) => category.onChange(event.currentTarget.value as TSensitiveCategory)}
          error={category.error}
          w={{ base: '100%', xs: 280 }}
        />
        <Textarea
          label={t('needs.sensitive.body')}
          description={t('needs.sensitive.body_description')}
          autosize
          minRows={3}
          maxLength={5000}
          value={body.value}
          onChange={(event) => body.onChange(event.currentTarget.value)}
          error={body.error}
          data-testid="sensitive-note-body"
        />
      </Stack>
    </Fieldset>
  );
}
