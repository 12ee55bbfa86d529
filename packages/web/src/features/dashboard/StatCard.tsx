import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface StatCardProps {
  label: string;
  value: ReactNode;
  /** A line under the value (a date range, a note). */
  hint?: ReactNode;
  testId?: string;
}

/** One figure on the dashboard, its label read first. */
export function StatCard({ label, value, hint, testId }: StatCardProps) {
  return (
    <Paper withBorder p="lg" radius="md" data-testid={testId}>
      <Text fw={500}>{label}</Text>
      <Text fz={32} fw={700} lh={1.3}>
        {value}
      </Text>
      {hint && <Text c="dimmed">{hint}</Text>}
    </Paper>
  );
}
