import type { ReactNode } from 'react';

/** What a picker of a resource line's volunteer or referral target takes. */
export interface PickerProps {
  orgId: string;
  value: string;
  error?: ReactNode;
  onChange: (id: string, name: string) => void;
}
