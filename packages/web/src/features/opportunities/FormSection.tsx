import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled part of a long form or page (an h2, so the page reads as an outline). */
export function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack component="section" aria-labelledby={id} gap="md">
      <Title order={2} id={id} size="h3">
        {title}
      </Title>
      {children}
    </Stack>
  );
}
