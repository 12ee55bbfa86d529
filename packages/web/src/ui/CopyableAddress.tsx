import { Button, CopyButton, Group, TextInput, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

interface CopyableAddressProps {
  label: string;
  description?: string;
  value: string;
  copyLabel: string;
  copiedLabel: string;
  /** Test id of the field; the button gets `copyTestId`. */
  testId: string;
  copyTestId?: string;
}

/**
 * An address to print or send (a share link, a join page, a calendar feed): a read-only
 * field that selects itself on focus, and a button that copies it and says so to screen readers.
 */
export function CopyableAddress({
  label,
  description,
  value,
  copyLabel,
  copiedLabel,
  testId,
  copyTestId,
}: CopyableAddressProps) {
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        label={label}
        description={description}
        value={value}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        style={{ flex: '1 1 20rem' }}
        data-testid={testId}
      />
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <>
            <Button
              variant="default"
              size="md"
              onClick={copy}
              leftSection={copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
              data-testid={copyTestId}
            >
              {copied ? copiedLabel : copyLabel}
            </Button>
            <VisuallyHidden role="status">{copied ? copiedLabel : ''}</VisuallyHidden>
          </>
        )}
      </CopyButton>
    </Group>
  );
}
