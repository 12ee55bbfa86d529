import { Badge, type MantineColor } from '@mantine/core';

interface StatusBadgeProps {
  color: MantineColor;
  children: string;
}

/**
 * A status in words with a colored dot: the word carries the meaning, the color only
 * helps (WCAG 1.4.1), and the text keeps its normal contrast.
 */
export function StatusBadge({ color, children }: StatusBadgeProps) {
  return (
    <Badge
      variant="dot"
      color={color}
      size="lg"
      tt="none"
      styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}
    >
      {children}
    </Badge>
  );
}
