import type { TCreateResourceLineRequest, TReferralTargetKind, TResourceLineKind } from '@musubi/shared';

/** A new resource line as the inputs hold it (every kind's fields; only the chosen kind's are sent). */
export interface ResourceLineValues {
  kind: TResourceLineKind;
  status: string;
  note: string;
  volunteerId: string;
  /** `datetime-local` value in the device's zone, '' when not planned yet. */
  plannedStart: string;
  minutes: number | string;
  targetKind: TReferralTargetKind;
  targetId: string;
  targetName: string;
  description: string;
  quantity: number | string;
  unit: string;
  amount: number | string;
  currency: string;
}

export function emptyResourceLine(currency = 'JPY'): ResourceLineValues {
  return {
    kind: 'volunteer_time',
    status: '',
    note: '',
    volunteerId: '',
    plannedStart: '',
    minutes: '',
    targetKind: 'directory_service',
    targetId: '',
    targetName: '',
    description: '',
    quantity: '',
    unit: '',
    amount: '',
    currency,
  };
}

const text = (value: string) => value.trim() || undefined;
const num = (value: number | string) => (value === '' ? undefined : Number(value));

/** A `datetime-local` value ("2026-05-12T10:00", the device's zone) as an ISO moment. */
export function localToIso(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** An ISO moment as a `datetime-local` value in the device's zone. */
export function isoToLocal(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The request for the chosen kind; a blank status takes the kind's first (planned, pending). */
export function toCreateLineRequest(values: ResourceLineValues): TCreateResourceLineRequest {
  const status = values.status || undefined;
  const note = text(values.note);
  switch (values.kind) {
    case 'volunteer_time':
      return {
        kind: 'volunteer_time',
        volunteerId: values.volunteerId,
        status: status as 'planned' | undefined,
        plannedStart: localToIso(values.plannedStart),
        minutes: num(values.minutes),
        note,
      };
    case 'referral':
      return {
        kind: 'referral',
        target: {
          kind: values.targetKind,
          id: values.targetKind === 'other' ? undefined : values.targetId || undefined,
          name: text(values.targetName),
        },
        status: status as 'pending' | undefined,
        note,
      };
    case 'goods':
      return {
        kind: 'goods',
        description: values.description.trim(),
        quantity: num(values.quantity),
        unit: text(values.unit),
        status: status as 'planned' | undefined,
        note,
      };
    case 'money':
      return {
        kind: 'money',
        description: values.description.trim(),
        amount: num(values.amount),
        currency: text(values.currency)?.toUpperCase(),
        status: status as 'planned' | undefined,
        note,
      };
  }
}

/** Contract paths of a line request (`target.name`) on the inputs that hold them (`targetName`). */
export function lineErrorPaths(errors: Record<string, unknown>): Record<string, unknown> {
  const mapped: Record<string, unknown> = {};
  for (const [path, message] of Object.entries(errors)) {
    const target = path === 'target.id' ? 'targetId' : path === 'target.name' ? 'targetName' : path;
    mapped[target] ??= message;
  }
  return mapped;
}
