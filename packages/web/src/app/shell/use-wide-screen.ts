import { useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { LARGE_TEXT_SCALE, useLargeText } from '../preferences';

/**
 * Whether the header has room for its controls at a breakpoint. Media queries count
 * `em` from the browser's default size, not our root size, so with large text the
 * breakpoint grows by the same factor. Read synchronously so a control renders in
 * exactly one place (header or navigation), never in both.
 */
export function useWideScreen(breakpoint: 'sm' | 'lg' | 'xl'): boolean {
  const theme = useMantineTheme();
  const scale = useLargeText() ? LARGE_TEXT_SCALE : 1;
  const minWidth = `${Number.parseFloat(theme.breakpoints[breakpoint]) * scale}em`;
  return useMediaQuery(`(min-width: ${minWidth})`, false, { getInitialValueInEffect: false });
}
