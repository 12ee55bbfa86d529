import type { RateLimitOptions } from '@fastify/rate-limit';
import type { Config } from '../../config';
import { AppError } from '../../platform/errors/app-error';

/**
 * Rate limit for routes that take an e-mail or phone (sign-in, password reset),
 * counted per identifier so that guessing one account from many addresses is
 * still limited. Runs after validation, when the body is known.
 */
export function identifierRateLimit(config: Config, scope: string): RateLimitOptions {
  return {
    max: config.signInRateLimit.max,
    timeWindow: config.signInRateLimit.windowSeconds * 1000,
    hook: 'preHandler',
    keyGenerator: (request) =>
      `${scope}:${String((request.body as { identifier?: string })?.identifier ?? '')
        .trim()
        .toLowerCase()}`,
    errorResponseBuilder: (_request, context) =>
      new AppError('AUTH_RATE_LIMITED', { seconds: Math.max(1, Math.ceil(context.ttl / 1000)) }),
  };
}
