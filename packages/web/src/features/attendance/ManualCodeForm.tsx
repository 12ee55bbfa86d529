import { Button, Group, TextInput } from '@mantine/core';
import { IconKeyboard } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ManualCodeFormProps {
  onCode: (text: string, readAt: Date) => void;
  label: string;
  description?: string;
}

/** The fallback when a camera cannot read the code: type (or paste) the code's text. */
export function ManualCodeForm({ onCode, label, description }: ManualCodeFormProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  return (
    <form
      data-testid="manual-code-form"
      onSubmit={(event) => {
        event.preventDefault();
        const text = code.trim();
        if (!text) return;
        onCode(text, new Date());
        setCode('');
      }}
    >
      <Group align="flex-end" gap="sm">
        <TextInput
          label={label}
          description={description}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          size="lg"
          style={{ flex: '1 1 16rem' }}
          data-testid="manual-code"
        />
        <Button type="submit" size="lg" leftSection={<IconKeyboard aria-hidden />} data-testid="manual-code-submit">
          {t('attendance.scanner.manual_submit')}
        </Button>
      </Group>
    </form>
  );
}
