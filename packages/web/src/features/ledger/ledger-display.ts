import type { TLedgerOwnerKind } from '@musubi/shared';

/** Minutes as hours and minutes, signed: `2:30`, `-0:45` (the unit `hours` keeps integer minutes). */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  return `${sign}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}

/** The i18n key of an account kind's name. */
export const ownerKindKey = (kind: TLedgerOwnerKind) => `ledger.owner_kind_${kind}` as const;

/** Whole minutes from an hours field and a minutes field of a form. */
export function toMinutes(hours: number | string, minutes: number | string): number {
  return Number(hours || 0) * 60 + Number(minutes || 0);
}
