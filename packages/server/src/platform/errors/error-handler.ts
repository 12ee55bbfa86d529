import {
  describeIssue,
  issuePath,
  statusOf,
  type TErrorCode,
  type TErrorResponse,
  type TFieldError,
  translate,
} from '@musubi/shared';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { requestLocale } from '../i18n/request-locale';
import { AppError } from './app-error';

type FieldPart = TFieldError['in'];

/** Fastify's own error codes that mean "the client sent something we cannot read". */
const FASTIFY_CODES: Record<string, TErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'REQUEST_MALFORMED',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'REQUEST_MALFORMED',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'REQUEST_MALFORMED',
  FST_ERR_CTP_BODY_TOO_LARGE: 'REQUEST_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_TYPE: 'REQUEST_MALFORMED',
};

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: TErrorCode,
  extra: { details?: Record<string, unknown>; fields?: TFieldError[] } = {},
) {
  const locale = requestLocale(request);
  // Only plain values go into the message; lists (e.g. duplicate candidates) are for clients.
  const plain = Object.entries(extra.details ?? {}).filter(([, v]) => typeof v === 'string' || typeof v === 'number');
  const params = { requestId: request.id, ...Object.fromEntries(plain) };
  const body: TErrorResponse = {
    error: {
      code,
      message: translate(locale, `errors.${code}`, params),
      ...(extra.fields ? { fields: extra.fields } : {}),
      ...(extra.details ? { details: extra.details } : {}),
      requestId: request.id,
    },
  };
  return reply.status(statusOf(code)).type('application/json').send(body);
}

/**
 * One place turns every failure into `{ error: { code, message, fields? } }`
 * in the caller's language. Unknown errors become INTERNAL_ERROR and are logged.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      const locale = requestLocale(request);
      const fields = error.fields.map(({ messageKey, ...field }) => ({
        ...field,
        message: translate(locale, messageKey),
      }));
      return sendError(request, reply, error.code, {
        details: Object.keys(error.details).length > 0 ? error.details : undefined,
        fields: fields.length > 0 ? fields : undefined,
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const locale = requestLocale(request);
      const part = (error.validationContext ?? 'body') as FieldPart;
      const fields = error.validation.map((issue) => {
        // fastify-type-provider-zod flattens each zod issue into Fastify's shape; put it back together.
        const path = issue.instancePath.split('/').filter(Boolean);
        const { key, params } = describeIssue({ ...issue.params, code: issue.keyword, message: issue.message, path });
        return { path: issuePath(path), in: part, code: issue.keyword, message: translate(locale, key, params) };
      });
      return sendError(request, reply, 'VALIDATION_FAILED', { fields });
    }
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped) return sendError(request, reply, mapped);
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.warn({ err: error }, 'client error without a registry code');
      return sendError(request, reply, error.statusCode === 404 ? 'NOT_FOUND' : 'REQUEST_MALFORMED');
    }
    if (isDatabaseUnavailable(error)) {
      request.log.error({ err: error }, 'database unavailable');
      return sendError(request, reply, 'SERVICE_UNAVAILABLE');
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendError(request, reply, 'INTERNAL_ERROR');
  });
}

function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'ECONNREFUSED' || code === '57P01' || code === '57P03' || code === '53300';
}
