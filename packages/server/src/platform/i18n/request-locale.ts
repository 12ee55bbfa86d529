import { DEFAULT_LOCALE, negotiateLocale, type TLocale } from '@musubi/shared';
import type { FastifyRequest } from 'fastify';

/**
 * The language to answer in: the signed-in person's own choice first, then the
 * browser's Accept-Language, then Japanese.
 */
export function requestLocale(request: FastifyRequest): TLocale {
  return request.principal?.account.locale ?? negotiateLocale(request.headers['accept-language']) ?? DEFAULT_LOCALE;
}
