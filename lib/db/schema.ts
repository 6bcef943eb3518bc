// Every table of the console, in one set of Drizzle pgTables (PostgreSQL dialect for both
// PGlite and PostgreSQL). Migrations in lib/db/migrations are generated from this file.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

// ---- Auth (tables as better-auth's Drizzle adapter expects them) ----
export const user = pgTable('user', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  role: text('role').notNull().default('viewer'),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const session = pgTable(
  'session',
  {
    id: text('id').primaryKey(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    token: text('token').notNull().unique(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('session_user_idx').on(t.userId)],
);

export const account = pgTable(
  'account',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
    refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
    scope: text('scope'),
    password: text('password'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('account_user_idx').on(t.userId)],
);

export const verification = pgTable('verification', {
  id: text('id').primaryKey(),
  identifier: text('identifier').notNull(),
  value: text('value').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

// ---- Machine credentials ----
export const apiToken = pgTable('api_token', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** First characters of the token, shown in lists so operators can tell tokens apart. */
  prefix: text('prefix').notNull(),
  /** SHA-256 of the whole token; the token itself is shown once and never stored. */
  hash: text('hash').notNull().unique(),
  scopes: text('scopes').array().notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: createdAt(),
  expiresAt: timestamp('expires_at', { withTimezone: true }),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

// ---- Plugins ----
export const plugin = pgTable('plugin', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  demo: boolean('demo').notNull().default(false),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

// ---- Versioned documents ----
export const document = pgTable(
  'document',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    /** `plugin:<id>` for per-plugin documents, `installation` for the registry. */
    scope: text('scope').notNull(),
    version: integer('version').notNull(),
    /** The parsed document with its secrets encrypted. */
    body: jsonb('body').notNull(),
    authorId: text('author_id'),
    authorName: text('author_name').notNull(),
    comment: text('comment').notNull().default(''),
    /** Set when the version restores an older one. */
    restoredFrom: integer('restored_from'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('document_kind_scope_version_uq').on(t.kind, t.scope, t.version)],
);

// ---- Audit (append-only) ----
export const auditEvent = pgTable(
  'audit_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().default(sql`now()`),
    actorId: text('actor_id'),
    actorName: text('actor_name').notNull(),
    kind: text('kind').notNull(),
    target: text('target').notNull().default(''),
    beforeRef: text('before_ref'),
    afterRef: text('after_ref'),
    details: jsonb('details').notNull().default({}),
  },
  (t) => [index('audit_at_idx').on(t.at), index('audit_kind_idx').on(t.kind), index('audit_actor_idx').on(t.actorName)],
);

// ---- AIOps: metrics, roll-ups, detection ----
const ts = (name: string) => timestamp(name, { withTimezone: true });

/** One row per (plugin, metric): points and roll-ups refer to it by a small integer, which keeps
 * their rows and indexes small and ingest fast. */
export const metricSeries = pgTable(
  'metric_series',
  {
    id: serial('id').primaryKey(),
    pluginId: text('plugin_id').notNull(),
    metric: text('metric').notNull(),
  },
  (t) => [uniqueIndex('metric_series_plugin_metric_uq').on(t.pluginId, t.metric)],
);

/** Raw points, scored by the plugin's detector as they arrive (score/band null when unwatched). */
export const metricPoint = pgTable(
  'metric_point',
  {
    seriesId: integer('series_id').notNull(),
    ts: ts('ts').notNull(),
    value: doublePrecision('value').notNull(),
    score: real('score'),
    expected: real('expected'),
    lower: real('lower'),
    upper: real('upper'),
  },
  // No foreign key and no time index: each costs ingest time, and every read names its series.
  (t) => [primaryKey({ columns: [t.seriesId, t.ts] })],
);

/** Per-minute (60) and per-hour (3600) aggregates, so long ranges stay fast. */
export const metricRollup = pgTable(
  'metric_rollup',
  {
    seriesId: integer('series_id').notNull(),
    resolution: smallint('resolution').notNull(),
    bucket: ts('bucket').notNull(),
    min: doublePrecision('min').notNull(),
    max: doublePrecision('max').notNull(),
    sum: doublePrecision('sum').notNull(),
    count: integer('count').notNull(),
    maxScore: real('max_score'),
    /** The detector's expected value (sum over scored points) and the widest band seen. */
    expectedSum: doublePrecision('expected_sum'),
    scoredCount: integer('scored_count').notNull().default(0),
    lower: doublePrecision('lower'),
    upper: doublePrecision('upper'),
  },
  (t) => [primaryKey({ columns: [t.seriesId, t.resolution, t.bucket] })],
);

/** The streaming detector of one plugin metric, so a restart resumes where it stopped. */
export const detectorState = pgTable(
  'detector_state',
  {
    pluginId: text('plugin_id').notNull(),
    metric: text('metric').notNull(),
    configHash: text('config_hash').notNull(),
    state: jsonb('state').notNull(),
    lastTs: ts('last_ts').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.pluginId, t.metric] })],
);

export const anomaly = pgTable(
  'anomaly',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    pluginId: text('plugin_id').notNull(),
    metric: text('metric').notNull(),
    startedAt: ts('started_at').notNull(),
    endedAt: ts('ended_at').notNull(),
    peakAt: ts('peak_at').notNull(),
    /** Peak confidence, 0..100. */
    score: real('score').notNull(),
    peakValue: doublePrecision('peak_value').notNull(),
    expected: doublePrecision('expected').notNull(),
    lower: doublePrecision('lower').notNull(),
    upper: doublePrecision('upper').notNull(),
    type: text('type').notNull(),
    incidentId: bigint('incident_id', { mode: 'number' }),
    createdAt: createdAt(),
  },
  (t) => [index('anomaly_plugin_time_idx').on(t.pluginId, t.startedAt), index('anomaly_time_idx').on(t.startedAt)],
);

export const healthReport = pgTable(
  'health_report',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    pluginId: text('plugin_id').notNull(),
    ts: ts('ts').notNull(),
    status: text('status').notNull(),
    report: jsonb('report').notNull(),
  },
  (t) => [index('health_plugin_time_idx').on(t.pluginId, t.ts)],
);

/** Log lines and change events (deploys, restarts, configuration changes). */
export const pluginEvent = pgTable(
  'plugin_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    pluginId: text('plugin_id').notNull(),
    ts: ts('ts').notNull(),
    kind: text('kind').notNull(),
    level: text('level').notNull(),
    message: text('message').notNull(),
    data: jsonb('data').notNull().default({}),
    source: text('source').notNull().default('api'),
  },
  (t) => [index('event_plugin_time_idx').on(t.pluginId, t.ts), index('event_time_idx').on(t.ts)],
);

/** Leases for background jobs, so two console processes never run the same job at once. */
export const jobLease = pgTable('job_lease', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: ts('expires_at').notNull(),
});

/** The demo fleet simulator's state (one row) and the ground truth of its scripted incidents. */
export const demoState = pgTable('demo_state', {
  id: text('id').primaryKey(),
  seed: integer('seed').notNull(),
  historyFrom: ts('history_from').notNull(),
  historyTo: ts('history_to').notNull(),
  /** Set once the whole history is stored; until then the seeding resumes where it stopped. */
  seededAt: ts('seeded_at'),
  state: jsonb('state').notNull(),
  groundTruth: jsonb('ground_truth').notNull(),
  updatedAt: updatedAt(),
});
