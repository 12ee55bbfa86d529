import {
  CONSENT_PURPOSES,
  type TAccount,
  type TActivityCategory,
  type TConsentPurpose,
  type TContactChannel,
  type TLanguage,
  type TLocale,
  type TSelfRegistrationRequest,
} from '@musubi/shared';

/** The public registration form as it holds its values (text inputs are never null). */
export interface RegistrationValues {
  name: string;
  nameReading: string;
  birthDate: string;
  email: string;
  phone: string;
  preferredChannel: TContactChannel;
  postalCode: string;
  address: string;
  languages: TLanguage[];
  skillIds: string[];
  interests: TActivityCategory[];
  accessibilityNeeds: string;
  emergencyContactName: string;
  emergencyContactPhone: string;
  emergencyContactRelation: string;
  /** One checkbox per purpose; none is checked until the person checks it. */
  consents: Record<TConsentPurpose, boolean>;
  password: string;
  passwordConfirm: string;
}

/** Someone signed in starts from what their account already says about them. */
export function initialRegistrationValues(account: TAccount | null): RegistrationValues {
  return {
    name: account?.name ?? '',
    nameReading: account?.nameReading ?? '',
    birthDate: '',
    email: account?.email ?? '',
    phone: account?.phone ?? '',
    preferredChannel: 'email',
    postalCode: '',
    address: '',
    languages: [],
    skillIds: [],
    interests: [],
    accessibilityNeeds: '',
    emergencyContactName: '',
    emergencyContactPhone: '',
    emergencyContactRelation: '',
    consents: Object.fromEntries(CONSENT_PURPOSES.map((purpose) => [purpose, false])) as Record<
      TConsentPurpose,
      boolean
    >,
    password: '',
    passwordConfirm: '',
  };
}

function blank(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

interface RequestContext {
  /** A signed-in person registers with their account: no password. */
  signedIn: boolean;
  /** The language the organization writes to them in: the one they are reading now. */
  locale: TLocale;
  /** Large text chosen on this device: a new account keeps it. */
  largeText: boolean;
}

/** The POST body: blank fields left out, only the consents given (an absent purpose is "not given"). */
export function toRegistrationRequest(values: RegistrationValues, context: RequestContext): TSelfRegistrationRequest {
  return {
    name: values.name.trim(),
    nameReading: blank(values.nameReading),
    birthDate: blank(values.birthDate),
    email: blank(values.email),
    phone: blank(values.phone),
    preferredChannel: values.preferredChannel,
    locale: context.locale,
    postalCode: blank(values.postalCode),
    address: blank(values.address),
    languages: values.languages,
    skillIds: values.skillIds,
    interests: values.interests,
    accessibilityNeeds: blank(values.accessibilityNeeds),
    emergencyContactName: blank(values.emergencyContactName),
    emergencyContactPhone: blank(values.emergencyContactPhone),
    emergencyContactRelation: blank(values.emergencyContactRelation),
    consents: CONSENT_PURPOSES.filter((purpose) => values.consents[purpose]).map((purpose) => ({
      purpose,
      granted: true,
    })),
    password: context.signedIn || values.password === '' ? undefined : values.password,
    largeText: context.signedIn ? undefined : context.largeText,
  };
}

export type RegistrationRuleKey =
  | 'validation.required'
  | 'registration.join.errors.channel_email'
  | 'registration.join.errors.channel_phone'
  | 'registration.join.errors.channel_post';

/**
 * What the contract alone cannot say: someone new needs an e-mail address and a password
 * to sign in with, and the chosen way of contact needs its address or number.
 */
export function registrationRuleErrors(
  values: RegistrationValues,
  signedIn: boolean,
): Record<string, RegistrationRuleKey> {
  const errors: Record<string, RegistrationRuleKey> = {};
  const email = values.email.trim();
  if (!signedIn && email === '') errors.email = 'validation.required';
  if (!signedIn && values.password === '') errors.password = 'validation.required';
  if (values.preferredChannel === 'email' && email === '') errors.email ??= 'registration.join.errors.channel_email';
  if (values.preferredChannel === 'phone' && values.phone.trim() === '')
    errors.phone = 'registration.join.errors.channel_phone';
  if (values.preferredChannel === 'post' && values.address.trim() === '')
    errors.address = 'registration.join.errors.channel_post';
  return errors;
}
