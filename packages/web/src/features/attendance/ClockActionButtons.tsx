import { Button, SimpleGrid } from '@mantine/core';
import type { TScanAction } from '@musubi/shared';
import { IconLogin2, IconLogout2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface ClockActionButtonsProps {
  /** The action chosen now (a toggle), or none yet. */
  value: TScanAction | null;
  onChoose: (action: TScanAction) => void;
  disabled?: boolean;
}

/** Clock in / clock out as two big buttons, the chosen one pressed (aria-pressed), readable at a glance. */
export function ClockActionButtons({ value, onChoose, disabled }: ClockActionButtonsProps) {
  const { t } = useTranslation();
  const actions = [
    {
      action: 'in' as const,
      label: t('attendance.action_in'),
      icon: <IconLogin2 size={32} aria-hidden />,
    },
    {
      action: 'out' as const,
      label: t('attendance.action_out'),
      icon: <IconLogout2 size={32} aria-hidden />,
    },
  ];
  return (
    <SimpleGrid cols={2} spacing="md">
      {actions.map(({ action, label, icon }) => (
        <Button
          key={action}
          size="xl"
          h={96}
          fz="xl"
          // The chosen one filled in the primary colour, the other plain: both read at 4.5:1 or more.
          variant={value === action ? 'filled' : 'default'}
          aria-pressed={value === action}
          leftSection={icon}
          onClick={() => onChoose(action)}
          disabled={disabled}
          data-testid={`clock-${action}`}
        >
          {label}
        </Button>
      ))}
    </SimpleGrid>
  );
}
