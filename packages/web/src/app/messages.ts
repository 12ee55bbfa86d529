import type { ParseKeys } from 'i18next';
import { ApiError } from './api-client';
import { i18n } from './i18n';

/** A key of the message catalogs (checked against the Japanese source catalog). */
export type MessageKey = ParseKeys;

/**
 * Translates a key that is only known at run time (an error code from the server,
 * a validation issue), or returns undefined when the catalogs do not have it.
 */
export function translateKey(key: string, params: Record<string, unknown> = {}): string | undefined {
  return i18n.exists(key) ? i18n.t(key as MessageKey, params) : undefined;
}

/**
 * The message to show a person for a failed request: the translation of its error
 * code (`errors.<CODE>` with the error's details), else the server's own message.
 */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    const params = { requestId: error.requestId ?? '—', ...error.details };
    return translateKey(`errors.${error.code}`, params) ?? error.message;
  }
  return i18n.t('errors.INTERNAL_ERROR', { requestId: '—' });
}
