import { Box, Table, type TableProps, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

interface DataTableProps extends Omit<TableProps, 'children' | 'captionSide'> {
  /** Names the table for screen readers (and on screen unless `captionHidden`). */
  caption: string;
  captionHidden?: boolean;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth?: number;
  children: ReactNode;
}

/**
 * A captioned table in a horizontally scrollable region that keyboard users can focus
 * and scroll (WCAG 2.1.1), named after the caption.
 */
export function DataTable({ caption, captionHidden, minWidth = 640, children, ...tableProps }: DataTableProps) {
  return (
    <Box role="region" aria-label={caption} tabIndex={0} style={{ overflowX: 'auto' }}>
      <Table captionSide="top" miw={minWidth} fz="md" verticalSpacing="sm" highlightOnHover {...tableProps}>
        <Table.Caption ta="start" fw={500} c="var(--mantine-color-text)">
          {captionHidden ? <VisuallyHidden>{caption}</VisuallyHidden> : caption}
        </Table.Caption>
        {children}
      </Table>
    </Box>
  );
}
