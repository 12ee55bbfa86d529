import { EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyNoticeProps {
  title: string;
  description?: ReactNode;
  icon?: ReactNode;
}

/** What a list shows when it has nothing yet. */
export function EmptyNotice({ title, description, icon }: EmptyNoticeProps) {
  return <EmptyState py="xl" title={title} description={description} icon={icon} />;
}
