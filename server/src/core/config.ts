import path from 'node:path';

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** External PostgreSQL; when absent an embedded PostgreSQL is started under dataDir. */
  databaseUrl: string | undefined;
  embeddedPgPort: number;
  redisUrl: string | undefined;
  dataDir: string;
  seedDemo: boolean;
  publicUrl: string;
  allowedOrigins: string[];
  cookieSecure: boolean;
  sessionTtlHours: number;
  trustProxy: boolean;
  clientDir: string;
  /** How often each instance re-reads review rounds for due closes, reminders and rounds opened elsewhere. */
  reviewSweepIntervalMs: number;
  /** With Redis: how long an instance's presence record lives without a heartbeat (a dead instance drops out). */
  presenceTtlMs: number;
  /** How long to wait for a database connection (new, or free in the pool) before answering SERVICE_UNAVAILABLE. */
  dbConnectTimeoutMs: number;
  /** PostgreSQL cancels a statement running longer; a database that does not answer at all is given up on 1 s later. */
  dbStatementTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Invalid configuration: ${variable} ${message}`);
  }
}

type Env = Record<string, string | undefined>;

const int = (env: Env, name: string, fallback: number, min: number, max: number): number => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max)
    throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
};

const bool = (env: Env, name: string, fallback: boolean): boolean => {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${env[name]}"`);
};

const url = (env: Env, name: string, protocols: string[]): string | undefined => {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a valid URL');
  }
  if (!protocols.includes(parsed.protocol))
    throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  return raw;
};

/** Reads the environment into one validated object; throws ConfigError naming the variable. */
export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test')
    throw new ConfigError('NODE_ENV', 'must be development, production or test');
  const port = int(env, 'PORT', 4000, 0, 65535);
  const publicUrl = url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`;
  const origins = (env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) url({ ALLOWED_ORIGINS: origin }, 'ALLOWED_ORIGINS', ['http:', 'https:']);
  const defaultOrigins = [new URL(publicUrl).origin, `http://localhost:${port}`, `http://127.0.0.1:${port}`];
  return {
    nodeEnv,
    port,
    host: env.HOST || '0.0.0.0',
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    embeddedPgPort: int(env, 'EMBEDDED_PG_PORT', 54329, 1, 65535),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    dataDir: path.resolve(env.DATA_DIR || '.data'),
    seedDemo: bool(env, 'SEED_DEMO', true),
    publicUrl,
    allowedOrigins: origins.length > 0 ? origins : [...new Set(defaultOrigins)],
    cookieSecure: bool(env, 'COOKIE_SECURE', publicUrl.startsWith('https:')),
    sessionTtlHours: int(env, 'SESSION_TTL_HOURS', 24 * 14, 1, 24 * 365),
    trustProxy: bool(env, 'TRUST_PROXY', false),
    clientDir: path.resolve(env.CLIENT_DIR || path.join(__dirname, '../../../../../client/dist')),
    reviewSweepIntervalMs: int(env, 'REVIEW_SWEEP_INTERVAL_MS', 60_000, 100, 3_600_000),
    presenceTtlMs: int(env, 'PRESENCE_TTL_MS', 15_000, 300, 300_000),
    dbConnectTimeoutMs: int(env, 'DB_CONNECT_TIMEOUT_MS', 2_000, 100, 60_000),
    dbStatementTimeoutMs: int(env, 'DB_STATEMENT_TIMEOUT_MS', 2_500, 100, 600_000),
  };
}
