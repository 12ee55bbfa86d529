import { ZSessionResponse, ZSetupRequest, ZSetupStatusResponse } from '@musubi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PUBLIC } from '../../platform/policy/policy';
import { signIn } from '../people';
import { completeSetup, isSetupNeeded } from './setup.service';

const tags = ['setup'];

export const setupRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/setup', {
    schema: { tags, summary: 'Whether first-run setup is needed', response: { 200: ZSetupStatusResponse } },
    config: { access: PUBLIC },
    handler: async () => ({ needed: await isSetupNeeded(app.deps.db) }),
  });

  app.post('/api/v1/setup', {
    schema: {
      tags,
      summary: 'Create the first organization and its administrator, and sign in',
      body: ZSetupRequest,
      response: { 201: ZSessionResponse },
    },
    config: { access: PUBLIC },
    handler: async (request, reply) => {
      const { accountId, orgId } = await completeSetup(app.deps.db, request.body, request.id);
      return reply.status(201).send(await signIn(app.deps, request, reply, accountId, orgId));
    },
  });
};
