import path from 'node:path';
import { z } from 'zod';

const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

const ZBooleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/** Every environment variable Musubi reads. The README's configuration table mirrors this. */
const ZEnvironment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  MUSUBI_DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: z.url().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Musubi <no-reply@localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 14),
  COOKIE_SECURE: ZBooleanFlag.optional(),
  TRUST_PROXY: ZBooleanFlag.default(false),
  SIGNIN_RATE_LIMIT_MAX: z.coerce.number().int().min(1).max(10_000).default(10),
  SIGNIN_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  WEB_DIST_DIR: z.string().optional(),
  /** Background of the catalogue map: an XYZ tile address, or `none` for no tiles (no requests leave the browser). */
  MAP_TILE_URL: z
    .union([
      z.literal('none'),
      z
        .string()
        .regex(/^https?:\/\/[^\s]+$/, 'must be an http(s) address or none')
        .refine((url) => ['{z}', '{x}', '{y}'].every((part) => url.includes(part)), 'must contain {z}, {x} and {y}'),
    ])
    .default(OSM_TILES),
  MAP_ATTRIBUTION: z.string().min(1).max(300).optional(),
});

export interface Config {
  port: number;
  host: string;
  database: { kind: 'postgresql'; url: string } | { kind: 'pglite'; dataDir: string | null };
  publicUrl: string;
  smtpUrl: string | null;
  mailFrom: string;
  logLevel: z.infer<typeof ZEnvironment>['LOG_LEVEL'];
  sessionTtlHours: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  signInRateLimit: { max: number; windowSeconds: number };
  webDistDir: string;
  /** Catalogue map tiles; null = none. */
  map: { tileUrl: string | null; attribution: string };
  version: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const DEFAULT_WEB_DIST = path.resolve(import.meta.dirname, '../../web/dist');

/**
 * Reads and validates the configuration. A bad value throws a ConfigError that
 * names the variable, e.g. `PORT: Invalid input: expected number`.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, version = '0.0.0'): Config {
  const parsed = ZEnvironment.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgresql', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.resolve(e.MUSUBI_DATA_DIR) },
    publicUrl,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE ?? publicUrl.startsWith('https://'),
    trustProxy: e.TRUST_PROXY,
    signInRateLimit: { max: e.SIGNIN_RATE_LIMIT_MAX, windowSeconds: e.SIGNIN_RATE_LIMIT_WINDOW_SECONDS },
    webDistDir: e.WEB_DIST_DIR ? path.resolve(e.WEB_DIST_DIR) : DEFAULT_WEB_DIST,
    map: {
      tileUrl: e.MAP_TILE_URL === 'none' ? null : e.MAP_TILE_URL,
      attribution: e.MAP_ATTRIBUTION ?? (e.MAP_TILE_URL === OSM_TILES ? '© OpenStreetMap contributors' : ''),
    },
    version,
  };
}
