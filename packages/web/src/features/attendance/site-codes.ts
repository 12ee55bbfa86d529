import type { TSiteCode } from '@musubi/shared';

/** The code to show at `now`: the one whose window holds it, else none (the fetched codes ran out). */
export function codeAt(codes: readonly TSiteCode[], now: Date): TSiteCode | undefined {
  const time = now.getTime();
  return codes.find((code) => Date.parse(code.validFrom) <= time && time < Date.parse(code.validUntil));
}

/** Codes still to come after `now` (the current one included). */
export function codesAhead(codes: readonly TSiteCode[], now: Date): number {
  const time = now.getTime();
  return codes.filter((code) => Date.parse(code.validUntil) > time).length;
}

/** Adds newly fetched codes to those held, dropping the ones already past and any duplicates. */
export function mergeCodes(held: readonly TSiteCode[], fetched: readonly TSiteCode[], now: Date): TSiteCode[] {
  const byStart = new Map<string, TSiteCode>();
  for (const code of [...held, ...fetched]) {
    if (Date.parse(code.validUntil) > now.getTime()) byStart.set(code.validFrom, code);
  }
  return [...byStart.values()].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
}

/** Whole seconds until the code changes. */
export function secondsLeft(code: TSiteCode, now: Date): number {
  return Math.max(0, Math.ceil((Date.parse(code.validUntil) - now.getTime()) / 1000));
}
