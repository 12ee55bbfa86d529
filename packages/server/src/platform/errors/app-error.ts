import { ERROR_REGISTRY, type TErrorCode, type TFieldError } from '@musubi/shared';

/** A field-level problem found by a service (not by the contract): translated by the error handler. */
export interface AppFieldError {
  path: string;
  in: TFieldError['in'];
  /** zod-like issue code, e.g. `required`. */
  code: string;
  /** i18n key of the message, e.g. `validation.required`. */
  messageKey: string;
}

/**
 * The one error type services throw. It carries a registry code; the error
 * handler turns it into the HTTP status and a message in the caller's language.
 */
export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;

  constructor(
    readonly code: TErrorCode,
    /** Values for the translated message and for clients (e.g. `{ seconds: 30 }`); lists reach clients only. */
    readonly details: Record<string, unknown> = {},
    readonly fields: AppFieldError[] = [],
  ) {
    super(code);
    this.status = ERROR_REGISTRY[code].status;
  }
}
