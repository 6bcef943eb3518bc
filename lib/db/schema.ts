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
  /** Plugins the token may act for (claim and report healing actions); null = every plugin. */
  pluginIds: text('plugin_ids').array(),
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
  /** Ids of the plugins this one depends on, declared by an operator (topology, with health reports' own). */
  dependsOn: jsonb('depends_on').$type<string[]>().notNull().default([]),
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

/** Failed sign-ins per account (`account:<email>`) and per client address (`address:<ip>`), so the
 * throttle holds across console processes and restarts (lib/auth/sign-in-throttle.ts). */
export const signInThrottle = pgTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

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

/** Per-minute (60), per-quarter-hour (900) and per-hour (3600) aggregates, so long ranges stay fast. */
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

/**
 * Each plugin's highest anomaly score per minute (60), quarter hour (900) and hour (3600) across
 * its metrics: the Anomalies page's swim lanes, kept at ingest so they read one row a plugin a cell.
 */
export const pluginScoreRollup = pgTable(
  'plugin_score_rollup',
  {
    pluginId: text('plugin_id').notNull(),
    resolution: smallint('resolution').notNull(),
    bucket: ts('bucket').notNull(),
    maxScore: real('max_score').notNull(),
  },
  // Time first: the lanes read one time range across every plugin.
  (t) => [primaryKey({ columns: [t.resolution, t.bucket, t.pluginId] })],
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
    /** When the grouping job settled the anomaly (into an incident, or as noise); null = not yet. */
    groupedAt: ts('grouped_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('anomaly_plugin_time_idx').on(t.pluginId, t.startedAt),
    index('anomaly_time_idx').on(t.startedAt),
    index('anomaly_ungrouped_idx').on(t.id).where(sql`grouped_at is null`),
  ],
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
/**
 * How far polling of each Prometheus-sourced series has read (lib/prometheus/poll-metrics.ts): the
 * raw series stay in Prometheus; this row is what lets a restarted console resume where it was.
 */
export const prometheusPoll = pgTable(
  'prometheus_poll',
  {
    pluginId: text('plugin_id').notNull(),
    metric: text('metric').notNull(),
    /** The last evaluation time scored: the next poll starts one step after it. */
    lastTs: ts('last_ts').notNull(),
    /** Failed polls in a row, and when the next attempt may run (backoff). */
    failures: integer('failures').notNull().default(0),
    retryAt: ts('retry_at'),
    lastError: text('last_error'),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.pluginId, t.metric] })],
);

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

// ---- Incidents and root-cause analysis ----
export const incident = pgTable(
  'incident',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    pluginId: text('plugin_id').notNull(),
    /** open | acknowledged | resolved */
    status: text('status').notNull().default('open'),
    /** low | medium | high | critical */
    severity: text('severity').notNull(),
    title: text('title').notNull(),
    startedAt: ts('started_at').notNull(),
    endedAt: ts('ended_at'),
    lastAnomalyAt: ts('last_anomaly_at').notNull(),
    /** Opened from data that arrived late (a backfill, an agent catching up): its start is the data's. */
    openedLate: boolean('opened_late').notNull().default(false),
    /** The incident of a dependency this one was merged into (topology): it is part of that one. */
    mergedInto: bigint('merged_into', { mode: 'number' }),
    /** RootCauseAnalysisRequest symptoms: [{ type, description, severity, timestamp }]. */
    symptoms: jsonb('symptoms').notNull().default([]),
    acknowledgedBy: text('acknowledged_by'),
    acknowledgedAt: ts('acknowledged_at'),
    resolvedBy: text('resolved_by'),
    resolvedAt: ts('resolved_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('incident_plugin_idx').on(t.pluginId, t.startedAt), index('incident_status_idx').on(t.status)],
);

export const incidentComment = pgTable(
  'incident_comment',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    incidentId: bigint('incident_id', { mode: 'number' }).notNull(),
    authorId: text('author_id'),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('incident_comment_idx').on(t.incidentId)],
);

/** A root-cause analysis: its request, and its RootCauseAnalysisResult once finished. */
export const rcaAnalysis = pgTable(
  'rca_analysis',
  {
    id: text('id').primaryKey(),
    incidentId: bigint('incident_id', { mode: 'number' }),
    pluginId: text('plugin_id').notNull(),
    /** running | done | failed */
    status: text('status').notNull(),
    request: jsonb('request').notNull(),
    result: jsonb('result'),
    narrative: text('narrative'),
    error: text('error'),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    finishedAt: ts('finished_at'),
  },
  (t) => [index('rca_incident_idx').on(t.incidentId)],
);

/** Incident notifications (webhook, slack), retried with backoff until sent or given up. */
export const notificationDelivery = pgTable(
  'notification_delivery',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    incidentId: bigint('incident_id', { mode: 'number' }).notNull(),
    channel: text('channel').notNull(),
    /** Where it goes, with credentials removed, for display. */
    target: text('target').notNull(),
    /** pending | sent | failed | not-configured */
    status: text('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: ts('next_attempt_at'),
    sentAt: ts('sent_at'),
    payload: jsonb('payload').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('notification_due_idx').on(t.status, t.nextAttemptAt)],
);

// ---- Self-healing ----
export const healingProposal = pgTable(
  'healing_proposal',
  {
    id: text('id').primaryKey(),
    pluginId: text('plugin_id').notNull(),
    actionId: text('action_id').notNull(),
    actionType: text('action_type').notNull(),
    parameters: jsonb('parameters').notNull().default({}),
    priority: integer('priority').notNull(),
    /** pending | approved | rejected | expired | running | succeeded | failed | unknown */
    status: text('status').notNull(),
    /** Why it was proposed: the trigger conditions that held, with their evidence. */
    reason: jsonb('reason').notNull(),
    incidentId: bigint('incident_id', { mode: 'number' }),
    attempt: integer('attempt').notNull().default(1),
    requiresApproval: boolean('requires_approval').notNull(),
    decidedBy: text('decided_by'),
    decidedAt: ts('decided_at'),
    decisionComment: text('decision_comment'),
    expiresAt: ts('expires_at').notNull(),
    /** demo | webhook | agent */
    executor: text('executor').notNull(),
    claimedBy: text('claimed_by'),
    claimExpiresAt: ts('claim_expires_at'),
    startedAt: ts('started_at'),
    finishedAt: ts('finished_at'),
    outcome: jsonb('outcome'),
    createdAt: createdAt(),
  },
  (t) => [
    index('healing_status_idx').on(t.status),
    index('healing_plugin_idx').on(t.pluginId, t.createdAt),
    // At most one live proposal per action and plugin.
    uniqueIndex('healing_live_uq')
      .on(t.pluginId, t.actionId)
      .where(sql`status in ('pending', 'approved', 'running')`),
  ],
);

/** Outcomes per action and trigger, for the success rate and the feedback loop. */
export const healingOutcome = pgTable(
  'healing_outcome',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    pluginId: text('plugin_id').notNull(),
    actionId: text('action_id').notNull(),
    triggerKey: text('trigger_key').notNull(),
    success: boolean('success').notNull(),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [index('healing_outcome_idx').on(t.pluginId, t.actionId)],
);

/**
 * Since when each action's trigger has been holding without a quiet stretch: the trigger episode
 * that bounds maxAttempts when the plugin has no open incident (summarize-history.ts).
 */
export const healingTriggerStreak = pgTable(
  'healing_trigger_streak',
  {
    pluginId: text('plugin_id').notNull(),
    actionId: text('action_id').notNull(),
    startedAt: ts('started_at').notNull(),
    lastHeldAt: ts('last_held_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.pluginId, t.actionId] })],
);

// ---- Optimization suggestions ----
export const optimization = pgTable(
  'optimization',
  {
    id: text('id').primaryKey(),
    pluginId: text('plugin_id').notNull(),
    type: text('type').notNull(),
    /** The PerformanceOptimization record. */
    record: jsonb('record').notNull(),
    evidence: jsonb('evidence').notNull(),
    /** Identifies the evidence, so a dismissed suggestion is not made again for the same facts. */
    evidenceKey: text('evidence_key').notNull(),
    /** The document change it proposes, when it is a configuration change. */
    change: jsonb('change'),
    /** open | applied | dismissed */
    status: text('status').notNull().default('open'),
    dismissedReason: text('dismissed_reason'),
    appliedVersion: integer('applied_version'),
    autoApplied: boolean('auto_applied').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('optimization_evidence_uq').on(t.pluginId, t.evidenceKey)],
);

// ---- Generator ----
export const generation = pgTable(
  'generation',
  {
    id: text('id').primaryKey(),
    userId: text('user_id'),
    userName: text('user_name').notNull(),
    prompt: text('prompt').notNull(),
    request: jsonb('request').notNull(),
    result: jsonb('result'),
    error: text('error'),
    parentId: text('parent_id'),
    provider: text('provider').notNull(),
    durationMs: integer('duration_ms').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('generation_user_idx').on(t.userId, t.createdAt)],
);
