import { ZHealthResponse } from '@musubi/shared';
import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PUBLIC } from '../../platform/policy/policy';

export const systemRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/health', {
    schema: { tags: ['system'], summary: 'Liveness and database reachability', response: { 200: ZHealthResponse } },
    config: { access: PUBLIC },
    handler: async () => {
      // A failing query surfaces as SERVICE_UNAVAILABLE (503) through the error handler.
      await app.deps.db.execute(sql`select 1`);
      return {
        status: 'ok' as const,
        database: app.deps.databaseKind,
        version: app.deps.config.version,
      };
    },
  });

  app.get('/api/openapi.json', {
    schema: { hide: true },
    config: { access: PUBLIC },
    handler: async () => app.swagger(),
  });
};
