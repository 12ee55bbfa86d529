import { Checkbox, SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';

interface ChoiceGroupProps<Value extends string> {
  label: string;
  description?: string;
  options: readonly { value: Value; label: string }[];
  value?: Value[];
  onChange: (value: Value[]) => void;
  error?: ReactNode;
}

/** Several large checkboxes under one label, in columns on wider screens: easy to tap and to read. */
export function ChoiceGroup<Value extends string>({ options, ...group }: ChoiceGroupProps<Value>) {
  return (
    <Checkbox.Group<Value> size="lg" {...group}>
      <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="sm" verticalSpacing="md" mt="sm">
        {options.map((option) => (
          <Checkbox key={option.value} value={option.value} label={option.label} size="md" />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
