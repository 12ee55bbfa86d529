import type { TLanguage, TRecipient, TUpdateRecipientRequest } from '@musubi/shared';

/** A recipient's record as the inputs hold it (text never null). */
export interface RecipientValues {
  name: string;
  nameReading: string;
  birthDate: string;
  phone: string;
  email: string;
  postalCode: string;
  address: string;
  area: string;
  languages: TLanguage[];
  notes: string;
}

export function recipientToValues(recipient: TRecipient): RecipientValues {
  return {
    name: recipient.name,
    nameReading: recipient.nameReading ?? '',
    birthDate: recipient.birthDate ?? '',
    phone: recipient.phone ?? '',
    email: recipient.email ?? '',
    postalCode: recipient.postalCode ?? '',
    address: recipient.address ?? '',
    area: recipient.area ?? '',
    languages: recipient.languages,
    notes: recipient.notes ?? '',
  };
}

const nullable = (value: string) => value.trim() || null;

/** Every field as the update request carries it; a cleared input clears the field. */
export function toRecipientFields(values: RecipientValues) {
  return {
    name: values.name.trim(),
    nameReading: nullable(values.nameReading),
    birthDate: nullable(values.birthDate),
    phone: nullable(values.phone),
    email: nullable(values.email),
    postalCode: nullable(values.postalCode),
    address: nullable(values.address),
    area: nullable(values.area),
    languages: values.languages,
    notes: nullable(values.notes),
  } satisfies TUpdateRecipientRequest;
}

/** Only the fields that differ from the record as loaded. */
export function toUpdateRecipientRequest(before: RecipientValues, after: RecipientValues): TUpdateRecipientRequest {
  const old = toRecipientFields(before);
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(toRecipientFields(after))) {
    if (JSON.stringify(value) !== JSON.stringify(old[key as keyof typeof old])) changed[key] = value;
  }
  return changed as TUpdateRecipientRequest;
}
