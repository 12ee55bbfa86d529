import type { TAccount } from '@musubi/shared';
import { ZSelfRegistrationRequest } from '@musubi/shared';
import { describe, expect, it } from 'vitest';
import { initialRegistrationValues, registrationRuleErrors, toRegistrationRequest } from './registration-form';

const account: TAccount = {
  id: '6f1b2a3c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  name: '佐藤 花子',
  nameReading: 'さとう はなこ',
  email: 'hanako@example.org',
  phone: null,
  locale: 'ja',
  largeText: true,
};

describe('registration form', () => {
  it('starts with no consent given, and from the account when signed in', () => {
    const values = initialRegistrationValues(account);
    expect(values.consents).toEqual({ contact: false, network_sharing: false, photos: false, sensitive_data: false });
    expect(values).toMatchObject({
      name: '佐藤 花子',
      nameReading: 'さとう はなこ',
      email: 'hanako@example.org',
      phone: '',
    });
    expect(initialRegistrationValues(null).name).toBe('');
  });

  it('leaves blank fields out and sends only the consents given', () => {
    const values = {
      ...initialRegistrationValues(null),
      name: ' 田中 一郎 ',
      email: 'ichiro@example.org',
      password: 'correct horse battery',
      interests: ['elderly' as const],
      consents: { contact: true, network_sharing: false, photos: true, sensitive_data: false },
    };
    const request = toRegistrationRequest(values, { signedIn: false, locale: 'ja', largeText: true });
    expect(request).toMatchObject({
      name: '田中 一郎',
      email: 'ichiro@example.org',
      locale: 'ja',
      interests: ['elderly'],
      password: 'correct horse battery',
      largeText: true,
      consents: [
        { purpose: 'contact', granted: true },
        { purpose: 'photos', granted: true },
      ],
    });
    expect(request.phone).toBeUndefined();
    expect(request.birthDate).toBeUndefined();
    expect(ZSelfRegistrationRequest.safeParse(request).success).toBe(true);
  });

  it('sends no password and no large-text choice for someone signed in', () => {
    const values = { ...initialRegistrationValues(account), password: 'ignored password' };
    const request = toRegistrationRequest(values, { signedIn: true, locale: 'en', largeText: true });
    expect(request.password).toBeUndefined();
    // The account's own preference stands for someone signed in.
    expect(request.largeText).toBeUndefined();
  });

  it('asks someone new for an e-mail address and a password', () => {
    expect(registrationRuleErrors(initialRegistrationValues(null), false)).toEqual({
      email: 'validation.required',
      password: 'validation.required',
    });
    expect(registrationRuleErrors(initialRegistrationValues(account), true)).toEqual({});
  });

  it('asks for the number or address the chosen way of contact needs', () => {
    const values = { ...initialRegistrationValues(account), preferredChannel: 'phone' as const };
    expect(registrationRuleErrors(values, true)).toEqual({ phone: 'registration.join.errors.channel_phone' });
    const byPost = { ...values, preferredChannel: 'post' as const };
    expect(registrationRuleErrors(byPost, true)).toEqual({ address: 'registration.join.errors.channel_post' });
    const byMail = { ...values, preferredChannel: 'email' as const, email: '' };
    expect(registrationRuleErrors(byMail, true)).toEqual({ email: 'registration.join.errors.channel_email' });
  });
});
