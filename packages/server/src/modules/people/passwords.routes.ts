import {
  ZChangePasswordRequest,
  ZCompletePasswordResetRequest,
  ZPasswordResetParams,
  ZPasswordResetResponse,
  ZRequestPasswordResetRequest,
  ZSessionResponse,
} from '@musubi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLIC, SIGNED_IN } from '../../platform/policy/policy';
import { identifierRateLimit } from './identifier-rate-limit';
import { changePassword, completePasswordReset, getPasswordReset, requestPasswordReset } from './passwords.service';
import { signIn } from './sign-in';

const tags = ['people'];

export const passwordsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.deps;

  app.post('/api/v1/password-resets', {
    schema: {
      tags,
      summary: 'Mail a password reset link (answers the same whether or not the account exists)',
      body: ZRequestPasswordResetRequest,
      response: { 202: z.object({}) },
    },
    config: { access: PUBLIC, rateLimit: identifierRateLimit(config, 'password-reset') },
    handler: async (request, reply) => {
      await requestPasswordReset(app.deps, request.body.identifier);
      return reply.status(202).send({});
    },
  });

  app.get('/api/v1/password-resets/:token', {
    schema: {
      tags,
      summary: 'Who a reset link is for',
      params: ZPasswordResetParams,
      response: { 200: ZPasswordResetResponse },
    },
    config: { access: PUBLIC },
    handler: (request) => getPasswordReset(db, request.params.token),
  });

  app.post('/api/v1/password-resets/:token', {
    schema: {
      tags,
      summary: 'Set a new password with a reset link, end other sessions, and sign in',
      params: ZPasswordResetParams,
      body: ZCompletePasswordResetRequest,
      response: { 200: ZSessionResponse },
    },
    config: { access: PUBLIC },
    handler: async (request, reply) => {
      const accountId = await completePasswordReset(db, request.params.token, request.body.password);
      return signIn(app.deps, request, reply, accountId);
    },
  });

  app.put('/api/v1/me/password', {
    schema: {
      tags,
      summary: 'Change my password (other sessions end)',
      body: ZChangePasswordRequest,
      response: { 204: z.undefined() },
    },
    config: { access: SIGNED_IN },
    handler: async (request, reply) => {
      const principal = request.principal!;
      await changePassword(
        db,
        { accountId: principal.account.id, tokenHash: principal.session.tokenHash },
        request.body,
      );
      return reply.status(204).send();
    },
  });
};
