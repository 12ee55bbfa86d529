import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config';
import { ATTENDANCE_AUTO_CLOSE_JOB, attendanceRoutes, closeForgottenClockOuts } from './modules/attendance';
import { certificatesRoutes } from './modules/certificates';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes';
import { directoryRoutes } from './modules/directory';
import { insuranceRoutes } from './modules/insurance';
import { expireCredits, LEDGER_EXPIRE_JOB, ledgerRoutes } from './modules/ledger';
import { expireProposals, matchingRoutes, PROPOSALS_EXPIRE_JOB } from './modules/matching';
import { needsRoutes } from './modules/needs';
import { networkRoutes } from './modules/network';
import { extendSeries, opportunitiesRoutes, SERIES_EXTEND_JOB } from './modules/opportunities';
import { organizationsRoutes } from './modules/organizations';
import { participationRoutes } from './modules/participation';
import { loadPrincipal, passwordsRoutes, peopleRoutes, sessionRoutes } from './modules/people';
import { setupRoutes } from './modules/setup/setup.routes';
import {
  MAIL_DIGEST_JOB,
  SHIFT_REMINDERS_JOB,
  sendDigests,
  sendShiftReminders,
  signupsRoutes,
} from './modules/signups';
import { systemRoutes } from './modules/system/system.routes';
import { volunteersRoutes } from './modules/volunteers';
import { auditRoutes } from './platform/audit/audit.routes';
import { registerAuth } from './platform/auth/auth.plugin';
import { removeExpiredSessions } from './platform/auth/session.service';
import { type Database, openDatabase } from './platform/db/client';
import { DB_MAINTENANCE_JOB, maintainTables } from './platform/db/maintenance';
import { registerErrorHandler } from './platform/errors/error-handler';
import type { AppDeps } from './platform/http/deps';
import { registerWebApp } from './platform/http/web-app';
import { createJobRunner } from './platform/jobs/jobs';
import { deliverPendingMail, MAIL_DELIVER_JOB } from './platform/mail/mail.service';
import { outboxRoutes } from './platform/mail/outbox.routes';

export interface BuildOptions {
  /** An already open database (tests share one per file); otherwise opened from config and closed with the app. */
  database?: Database;
  /** Start the job runner when the app is ready (the server does; most tests do not). */
  startJobs?: boolean;
}

export const SESSION_CLEANUP_JOB = 'session.cleanup';

/**
 * Builds the whole Musubi server without listening, so tests drive it with
 * `app.inject()` and main.ts adds `listen()`.
 */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    trustProxy: config.trustProxy,
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  const database = options.database ?? (await openDatabase(config.database));
  if (!options.database) await database.migrate();
  const jobs = createJobRunner(database, app.log);
  const deps: AppDeps = { db: database.db, databaseKind: database.kind, config, jobs };
  app.decorate('deps', deps);

  jobs.define({
    name: SESSION_CLEANUP_JOB,
    cron: '17 * * * *',
    run: () => removeExpiredSessions(deps.db).then(() => {}),
  });
  jobs.define({
    name: MAIL_DELIVER_JOB,
    cron: '* * * * *',
    run: () => deliverPendingMail(deps.db, config).then(() => {}),
  });
  jobs.define({
    name: SERIES_EXTEND_JOB,
    cron: '41 3 * * *',
    run: () => extendSeries(deps.db).then(() => {}),
  });
  jobs.define({
    name: MAIL_DIGEST_JOB,
    cron: '*/15 * * * *',
    run: () => sendDigests(deps).then(() => {}),
  });
  jobs.define({
    name: PROPOSALS_EXPIRE_JOB,
    cron: '*/15 * * * *',
    run: () => expireProposals(deps.db).then(() => {}),
  });
  jobs.define({
    name: SHIFT_REMINDERS_JOB,
    cron: '*/10 * * * *',
    run: () => sendShiftReminders(deps).then(() => {}),
  });
  jobs.define({
    name: ATTENDANCE_AUTO_CLOSE_JOB,
    cron: '*/15 * * * *',
    run: () => closeForgottenClockOuts(deps.db).then(() => {}),
  });
  jobs.define({
    name: LEDGER_EXPIRE_JOB,
    cron: '23 2 * * *',
    run: () => expireCredits(deps.db).then(() => {}),
  });
  // PGlite has no autovacuum; PostgreSQL's own does this (platform/db/maintenance.ts).
  if (database.kind === 'pglite') {
    jobs.define({
      name: DB_MAINTENANCE_JOB,
      cron: '*/5 * * * *',
      run: () => maintainTables(deps.db).then(() => {}),
    });
  }

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        // Mantine writes its CSS variables into a <style> element at runtime.
        'style-src': ["'self'", "'unsafe-inline'"],
        // The catalogue map's tiles come from MAP_TILE_URL's origin when one is set.
        'img-src': ["'self'", 'data:', ...(config.map.tileUrl ? [tileOrigin(config.map.tileUrl)] : [])],
        'connect-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        'upgrade-insecure-requests': config.cookieSecure ? [] : null,
      },
    },
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Musubi API',
        version: config.version,
        description:
          'Coordination platform for volunteer centers, NPO support centers and time banks. Errors: docs/ERRORS.md.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'musubi_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  registerAuth(app, { db: deps.db, config, loadPrincipal: (accountId) => loadPrincipal(deps.db, accountId) });

  await app.register(systemRoutes);
  await app.register(setupRoutes);
  await app.register(sessionRoutes);
  await app.register(peopleRoutes);
  await app.register(passwordsRoutes);
  await app.register(organizationsRoutes);
  await app.register(networkRoutes);
  await app.register(dashboardRoutes);
  await app.register(participationRoutes);
  await app.register(volunteersRoutes);
  await app.register(insuranceRoutes);
  await app.register(directoryRoutes);
  await app.register(opportunitiesRoutes);
  await app.register(signupsRoutes);
  await app.register(needsRoutes);
  await app.register(matchingRoutes);
  await app.register(attendanceRoutes);
  await app.register(certificatesRoutes);
  await app.register(ledgerRoutes);
  await app.register(auditRoutes);
  await app.register(outboxRoutes);
  await registerWebApp(app, config.webDistDir);

  app.addHook('onReady', async () => {
    if (options.startJobs) await jobs.start();
  });
  app.addHook('onClose', async () => {
    if (options.startJobs) await jobs.stop();
    if (!options.database) await database.close();
  });
  return app;
}

/** `https://tile.example.org` from `https://tile.example.org/{z}/{x}/{y}.png` (placeholders may sit in the host, e.g. `{s}.tile…`). */
function tileOrigin(tileUrl: string): string {
  const [scheme, rest] = tileUrl.split('://');
  const host = rest.split('/')[0].replace(/\{s\}/g, '*');
  return `${scheme}://${host}`;
}
