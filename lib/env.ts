// The environment, read once and validated: nothing else in the project reads process.env.
import { z } from 'zod';
import path from 'node:path';
import { isIP } from 'node:net';
import { PasswordSchema } from '@/schemas/admin';

/** An IP address or a CIDR range (`10.0.0.0/8`, `fd00::/8`). */
function isAddressOrRange(entry: string): boolean {
  const [address, bits, extra] = entry.split('/');
  const family = isIP(address);
  if (!family || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}
import { isValidEgressAllow } from './egress/policy';

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Public origin of the console, used for cookies and same-origin checks. */
  CONSOLE_URL: z.url().optional(),
  /** PostgreSQL connection string; when absent the embedded PGlite database is used. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  CONSOLE_DATA_DIR: z.string().min(1).default('./data'),
  /** 32-byte key (hex or base64) for secrets at rest; generated into the data folder when absent. */
  CONSOLE_SECRET_KEY: z.string().optional(),
  CONSOLE_ADMIN_EMAIL: z.email().default('admin@console.local'),
  CONSOLE_ADMIN_PASSWORD: PasswordSchema.optional(),
  /**
   * Reverse proxies whose X-Forwarded-For/-Host/-Proto are believed (IPs or CIDR ranges, comma
   * separated). Unset: those headers are ignored and the client is the connection's peer.
   */
  CONSOLE_TRUSTED_PROXIES: z
    .string()
    .transform((v) => v.split(',').map((e) => e.trim()).filter(Boolean))
    .refine((list) => list.every(isAddressOrRange), 'CONSOLE_TRUSTED_PROXIES must list IP addresses or CIDR ranges, comma separated')
    .default([]),
  /** Demo fleet: on by default with the embedded database, off with DATABASE_URL unless set to 1. */
  CONSOLE_DEMO: z.enum(['0', '1']).optional(),
  /** Days raw metric points are kept; roll-ups are kept longer. */
  CONSOLE_RAW_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /**
   * Loopback and private hosts and CIDR ranges the server may connect to for users (connection
   * tests, notifications, webhooks, the model endpoint), comma-separated. Link-local and cloud
   * metadata addresses are refused whatever this says.
   */
  CONSOLE_EGRESS_ALLOW: z
    .string()
    .refine(isValidEgressAllow, 'CONSOLE_EGRESS_ALLOW must list host names, addresses and CIDR ranges, comma-separated')
    .optional(),
  /**
   * A Prometheus-compatible HTTP API (Prometheus, Mimir, Thanos, VictoriaMetrics) that plugins
   * may name as their metrics store: charts read from it and detectors poll it. Requests go
   * through the egress policy: a loopback or private address must be in CONSOLE_EGRESS_ALLOW.
   */
  CONSOLE_PROMETHEUS_URL: z.url({ protocol: /^https?$/, error: 'CONSOLE_PROMETHEUS_URL must be an http or https URL' }).optional(),
  /** Sent as `Authorization: Bearer …`; or basic auth with the user and password below. */
  CONSOLE_PROMETHEUS_BEARER_TOKEN: z.string().optional(),
  CONSOLE_PROMETHEUS_USERNAME: z.string().optional(),
  CONSOLE_PROMETHEUS_PASSWORD: z.string().optional(),
  /** How long one request to Prometheus may take before the store counts as unreachable. */
  CONSOLE_PROMETHEUS_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(10_000),
  CONSOLE_AI_BASE_URL: z.url().optional(),
  CONSOLE_AI_API_KEY: z.string().optional(),
  CONSOLE_AI_MODEL: z.string().optional(),
})
  .refine((e) => !e.CONSOLE_PROMETHEUS_BEARER_TOKEN || (!e.CONSOLE_PROMETHEUS_USERNAME && !e.CONSOLE_PROMETHEUS_PASSWORD), {
    path: ['CONSOLE_PROMETHEUS_BEARER_TOKEN'],
    message: 'Set either CONSOLE_PROMETHEUS_BEARER_TOKEN or CONSOLE_PROMETHEUS_USERNAME/PASSWORD, not both',
  })
  .refine((e) => !e.CONSOLE_PROMETHEUS_PASSWORD || e.CONSOLE_PROMETHEUS_USERNAME, {
    path: ['CONSOLE_PROMETHEUS_USERNAME'],
    message: 'CONSOLE_PROMETHEUS_PASSWORD needs CONSOLE_PROMETHEUS_USERNAME',
  });

export type Env = z.infer<typeof EnvSchema>;

function readEnv(): Env {
  // An empty variable (`DATABASE_URL=`) means "not set", as in most tools.
  const given = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ''));
  const parsed = EnvSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

let cached: Env | undefined;
/** Lazily parsed so that `next build` does not need runtime variables. */
export function env(): Env {
  cached ??= readEnv();
  return cached;
}

export function dataDir(): string {
  return path.resolve(env().CONSOLE_DATA_DIR);
}

export function consoleOrigin(): string {
  return env().CONSOLE_URL ?? `http://localhost:${env().PORT}`;
}

export function demoEnabled(): boolean {
  const e = env();
  if (e.CONSOLE_DEMO) return e.CONSOLE_DEMO === '1';
  return !e.DATABASE_URL;
}

/** For tests only: forget the parsed environment after they change process.env. */
export function resetEnvForTests(): void {
  cached = undefined;
}
