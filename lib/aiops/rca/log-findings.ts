// Turns the log templates into causes, or attaches them to a cause another step found:
// network errors naming an unhealthy dependency support dependency-failure (and count 0.4 as a
// network issue of their own); errors that start right after a configuration change support
// that change (a code defect counts half then); heap/GC/queue lines support resource exhaustion.
// What is left is a code defect (exception-like patterns) or a network issue. Some faults have
// their own finding: an expired or untrusted certificate (configuration, never DNS advice), an
// exhausted connection limit ("sorry, too many clients already"), a key or password the other
// side no longer accepts (configuration: the credential, not the code), and a crash loop (three
// or more restarts or crash lines), which also explains the connection resets its clients log
// (resource exhaustion when the host evicted or killed it for memory: the node ran short).
// Records that fail their own checks (checksums, encodings, constraints) are data corruption,
// tied to the import or migration that wrote them when one ran shortly before. Signs of an
// attack (a leaked key used from many addresses, enumeration) are a security breach, and a
// wrong clock (drift, timestamps out of a peer's window) is configuration. An error a
// dependency returns (a refusal, a 429/503, a server-side exception name) while that dependency
// reports itself unwell is the dependency's, not the plugin's code.
import type { DetailedEvidence, Finding, LoadedEvent } from './types';
import { HOUR, MINUTE } from './series-math';
import { before } from './format';
import { describeTemplate, type TemplateStat } from './analyze-logs';
import type { ChangeFinding } from './analyze-changes';
import type { DependencyFinding } from './analyze-dependencies';
import { CONNECTION_POOL, CRASH, DNS } from './log-templates';
import { ATTACK, WRONG_CLOCK } from './cause-advice';

/** An error the other side returned: a refusal, "too many requests", "service unavailable", a server-side exception type (Elasticsearch's cluster_block_exception). */
const REMOTE_REFUSAL = /\b[a-z]+(?:_[a-z]+)*_exception\b|service unavailable|too many requests|read[- ]only|\b(refused|rejected|blocked) (the |our |this )?(request|write|update|call|insert|query)|\b(rejected|blocked|refused) by\b/i;

/** Restarts or crash lines from this many on are a crash loop. */
export const CRASH_LOOP_MIN = 3;
/** A connection that could not be opened at all (as opposed to one refused for a limit). */
const CONNECT_FAILURE = /connect (etimedout|ehostunreach|enetunreach)|connection (timed out|terminated due to connection timeout)|connect timeout|timed? ?out (while )?connecting/i;
const RESET_WORDS = /econnreset|econnrefused|socket hang up|connection (reset|refused|closed|terminated)|epipe/i;

/** A timeout with no sign of the network itself failing (no reset, refusal or name lookup). */
const TIMEOUT_ONLY = (t: string) => /timed? ?out|timeout|etimedout/i.test(t) && !RESET_WORDS.test(t) && !DNS.test(t) && !/unreachable|ehostunreach|enetunreach/i.test(t);
const MEMORY_WORDS = /heap|gc|alloc|memory|oom/i;
const CAPACITY_WORDS = /queue|saturat|reject|cpu|worker|throttl/i;

export function logEvidence(s: TemplateStat): DetailedEvidence {
  return {
    type: 'log',
    content: describeTemplate(s),
    timestamp: new Date(s.firstSeen).toISOString(),
    detail: { kind: 'log', template: s.template, count: s.count, baselineCount: s.baselineCount, level: s.level, samples: s.samples.map((e) => e.message), firstSeen: s.firstSeen },
  };
}

const attach = (f: Finding, s: TemplateStat, boost = 0.05) => {
  if (f.evidence.length < 8) f.evidence.push(logEvidence(s));
  f.strength = Math.min(1, f.strength + boost * s.strength);
};

export interface LogFindingInput {
  templates: TemplateStat[];
  changes: ChangeFinding[];
  dependencies: DependencyFinding[];
  memory: Finding | null;
  saturation: Finding | null;
  /** Restart events from shortly before the onset to the end of the analysis. */
  restarts?: LoadedEvent[];
  /** Jobs that wrote data in bulk (imports, migrations, backfills, restores): kind `other` events. */
  dataChanges?: LoadedEvent[];
  /** The plugin's own resource checks that failed (analyze-checks.ts): its timeouts are theirs. */
  ownResources?: Finding[];
}

/** An event that wrote data in bulk: the usual source of records that later fail their checks. */
const DATA_JOB = /\b\d+ (rows|records|documents|entries|rates|items) (written|inserted|upserted|loaded|copied)\b|\b(import(ed|ing)?|migrat(e|ed|ion|ing)|backfill(ed|ing)?|restor(e|ed|ing)|bulk (load|insert|update)|etl|re-?index(ed|ing)?|data (load|sync|fix))\b/i;

/** The jobs among the events (kind `other`, saying they imported, migrated, restored, ...). */
export const dataJobsOf = (events: LoadedEvent[]) => events.filter((e) => e.kind === 'other' && DATA_JOB.test(e.message));
const DATA_JOB_LOOKBACK = 6 * HOUR;

/**
 * Stored data failing its own checks. A bulk write shortly before (an import, a migration) is
 * named as its likely source; after a deploy with no such job, the new code may be writing it
 * (the deploy finding then competes on its own strength).
 */
function dataCorruption(corrupt: TemplateStat[], changes: ChangeFinding[], dataChanges: LoadedEvent[]): Finding {
  const lead = corrupt[0];
  const job = [...dataChanges].reverse().find((e) => e.ts <= lead.firstSeen + MINUTE && e.ts >= lead.firstSeen - DATA_JOB_LOOKBACK);
  const deploy = changes.find((c) => c.change.kind === 'deploy' && c.strength >= 0.3 && c.change.ts <= lead.firstSeen);
  const lines = corrupt.reduce((n, s) => n + s.count, 0);
  const evidence = corrupt.slice(0, 3).map(logEvidence);
  if (job) evidence.push({ type: 'event', content: `${job.kind} ${before(lead.firstSeen - job.ts, 'the first failing record')}: ${job.message}`, timestamp: new Date(job.ts).toISOString() });
  return {
    key: 'data-corruption',
    category: 'data-corruption',
    at: lead.firstSeen,
    strength: Math.min(1, Math.max(0.5, lead.strength + 0.15) * (job ? 1.15 : deploy ? 0.8 : 1)),
    description: `Stored data fails its own checks: "${lead.template}" (${lines} lines${corrupt.length > 1 ? ` in ${corrupt.length} patterns` : ''}).${
      job ? ` It started after "${job.message}", which wrote the records that now fail.` : ' The code reading it works; the records it reads are damaged or inconsistent.'
    }`,
    evidence,
    recommendations: [
      'Find the damaged records from the sample lines and quarantine or repair them (restore them from the last good backup)',
      job ? `Stop and review "${job.message.slice(0, 60)}" before it runs again; re-run it with validation on` : 'Find what wrote the damaged records (an import, a migration, a release) and stop it',
      'Validate data where it enters (schemas, checksums, constraints) so bad records are refused instead of stored',
    ],
  };
}

/** A finding led by the strongest of `list`, with up to three of its templates as evidence. */
function ledBy(
  list: TemplateStat[],
  f: Pick<Finding, 'key' | 'category' | 'cause' | 'recommendations'> & { strength: (lead: TemplateStat) => number; describe: (lead: TemplateStat) => string },
): Finding {
  const lead = list[0];
  const { strength, describe, ...rest } = f;
  return { ...rest, at: lead.firstSeen, strength: strength(lead), description: describe(lead), evidence: list.slice(0, 3).map(logEvidence) };
}

/** A pod or process stopped by its host for want of memory (a kubelet eviction, the OOM killer), not by its own code. */
const EVICTED = /\bevict(ed|ion)\b|memory ?pressure|oom ?kill(ed)?|out of memory|low on resource/i;

function crashLoop(templates: TemplateStat[], restartEvents: LoadedEvent[]): Finding | null {
  const crashes = templates.filter((s) => CRASH.test(s.template));
  const restarts = restartEvents.map((e) => e.ts);
  const count = restarts.length + crashes.reduce((n, s) => n + s.count, 0);
  if (count < CRASH_LOOP_MIN) return null;
  const evicted = restartEvents.filter((e) => EVICTED.test(e.message));
  if (evicted.length * 2 > restarts.length) return evictions(restarts, evicted, crashes);
  const oom = crashes.some((s) => MEMORY_WORDS.test(s.template));
  return {
    key: 'crash-loop',
    category: oom ? 'resource-exhaustion' : 'code-defect',
    cause: 'crash-loop',
    at: Math.min(...restarts, ...crashes.map((s) => s.firstSeen)),
    strength: Math.min(0.9, 0.55 + 0.05 * count),
    description: `The plugin is in a crash loop: ${restarts.length ? `${restarts.length} restart${restarts.length === 1 ? '' : 's'}` : ''}${restarts.length && crashes.length ? ' and ' : ''}${
      crashes.length ? `${crashes.reduce((n, s) => n + s.count, 0)} crash lines` : ''
    } during the incident${oom ? ', running out of memory each time' : ''}. Connection resets and refusals its callers see come from the process going away, not from the network.`,
    evidence: crashes.slice(0, 3).map(logEvidence),
    recommendations: [
      oom ? 'Raise the memory limit for now and find what grows before each crash (self-healing action: adjust-config)' : 'Roll back the last release if the crashes started after it (self-healing action: rollback)',
      'Read the last lines before each exit (the first crash, not the later ones) to find the failing start-up step or request',
      'Add a back-off between restarts so a crash loop does not take its dependencies down with it',
    ],
  };
}

/** Restarts that the host forced (evictions under memory pressure): the node ran short, not the plugin's code. */
function evictions(restarts: number[], evictedEvents: LoadedEvent[], crashes: TemplateStat[]): Finding {
  const evicted = evictedEvents.length;
  const example = evictedEvents[0].message;
  return {
    key: 'crash-loop',
    category: 'resource-exhaustion',
    cause: 'crash-loop',
    at: Math.min(...restarts),
    strength: Math.min(0.9, 0.6 + 0.05 * evicted),
    description: `The plugin was stopped by its host ${evicted} time${evicted === 1 ? '' : 's'} during the incident for want of memory ("${example.slice(0, 160)}"): the node ran short, its own code did not crash. Connection resets and 502s its callers see come from the pods going away.`,
    evidence: [
      { type: 'event', content: `${evicted} of ${restarts.length} restarts were evictions or kills for memory, e.g. "${example.slice(0, 200)}"`, timestamp: new Date(Math.min(...restarts)).toISOString() },
      ...crashes.slice(0, 2).map(logEvidence),
    ],
    recommendations: [
      'Find what uses the node’s memory (other pods on it, their limits) and move the plugin away from it for now (scale out onto other nodes: self-healing action scale)',
      'Give the plugin memory requests that match its use, so the scheduler reserves that memory and it is evicted last',
      'Alert on node memory pressure and on evictions, apart from the plugin’s error rate',
    ],
  };
}

export function logFindings({ templates, changes, dependencies, memory, saturation, restarts = [], dataChanges = [], ownResources = [] }: LogFindingInput): Finding[] {
  const loop = crashLoop(templates, restarts);
  const security: TemplateStat[] = [];
  const clock: TemplateStat[] = [];
  const certificates: TemplateStat[] = [];
  const credentials: TemplateStat[] = [];
  const corrupt: TemplateStat[] = [];
  const pools: TemplateStat[] = [];
  const strongChange = changes.find((c) => c.strength >= 0.3 && (c.change.kind === 'config-change' || c.change.kind === 'rollback'));
  const deploy = changes.find((c) => c.change.kind === 'deploy' && c.strength >= 0.2);
  const afterChange = (s: TemplateStat) => strongChange && s.firstSeen >= strongChange.change.ts - MINUTE && s.firstSeen <= strongChange.change.ts + 15 * MINUTE;
  const code: { s: TemplateStat; factor: number }[] = [];
  const network: { s: TemplateStat; factor: number }[] = [];
  const resource: TemplateStat[] = [];
  // The dependency that reports itself unwell the most, to which its refusals belong.
  const unwell = [...dependencies].sort((a, b) => b.strength - a.strength).find((d) => d.strength >= 0.3);
  const refusedByDependency = (s: TemplateStat) => unwell !== undefined && [s.template, ...s.samples.map((e) => e.message)].some((t) => REMOTE_REFUSAL.test(t));

  for (const s of templates) {
    const dep = dependencies.find((d) => d.strength >= 0.3 && [d.dependency, ...d.hosts].some((n) => s.template.toLowerCase().includes(n.toLowerCase()) || s.samples.some((e) => e.message.toLowerCase().includes(n.toLowerCase()))));
    if (loop && CRASH.test(s.template)) continue; // the crash loop's own evidence
    if (s.kind === 'security') {
      security.push(s);
    } else if (s.kind === 'clock') {
      clock.push(s);
    } else if (s.kind === 'certificate') {
      certificates.push(s);
    } else if (s.kind === 'credentials') {
      credentials.push(s);
    } else if (s.kind === 'data') {
      corrupt.push(s);
    } else if (s.kind === 'network') {
      if (dep) attach(dep, s);
      // Resets while the plugin keeps restarting are the crash loop seen from the other side.
      const resets = loop && RESET_WORDS.test(s.template);
      // Timeouts while the plugin's own heap or capacity runs out are its own pauses, not the network's.
      const ownSlowness = !dep && TIMEOUT_ONLY(s.template) ? [memory, saturation, ...ownResources].find((f) => f && f.strength >= 0.5) : undefined;
      if (resets) attach(loop, s, 0.05);
      else if (ownSlowness) {
        attach(ownSlowness, s, 0.05);
        network.push({ s, factor: 0.5 });
      } else network.push({ s, factor: dep ? 0.4 : 1 });
    } else if (s.kind === 'resource' && CONNECTION_POOL.test(s.template)) {
      pools.push(s);
    } else if (s.kind === 'resource') {
      if (afterChange(s)) attach(strongChange!, s);
      else if (memory && MEMORY_WORDS.test(s.template)) attach(memory, s, 0.1);
      else if (saturation && CAPACITY_WORDS.test(s.template)) attach(saturation, s, 0.1);
      else resource.push(s);
    } else {
      if (afterChange(s)) attach(strongChange!, s);
      const refused = !dep && refusedByDependency(s);
      if (refused) attach(unwell!, s);
      // Lines without failure words ("Cache disabled") are weak signs of a code defect.
      code.push({ s, factor: (afterChange(s) ? 0.5 : dep ? 0.6 : refused ? 0.4 : 1) * (s.kind === 'code' ? 1 : 0.5) });
    }
  }

  const out: Finding[] = loop ? [loop] : [];
  if (security.length) {
    out.push(
      ledBy(security, {
        key: 'security',
        category: 'security-breach',
        cause: 'security',
        strength: (lead) => Math.max(0.6, Math.min(1, lead.strength + 0.2)),
        describe: (lead) => `Signs of an attack or of stolen access: "${lead.template}" (${lead.count} lines). ${ATTACK.meaning}`,
        recommendations: ATTACK.recommendations('the key, token or account named in the lines'),
      }),
    );
  }
  if (clock.length) {
    out.push(
      ledBy(clock, {
        key: 'clock',
        category: 'configuration',
        cause: 'clock',
        strength: (lead) => Math.max(0.55, Math.min(1, lead.strength + 0.15)),
        describe: (lead) => `The host's clock is wrong: "${lead.template}" (${lead.count} lines). ${WRONG_CLOCK.meaning}`,
        recommendations: WRONG_CLOCK.recommendations('the clock offset'),
      }),
    );
  }
  if (certificates.length) {
    out.push(
      ledBy(certificates, {
        key: 'certificate',
        category: 'configuration',
        cause: 'certificate',
        strength: (lead) => Math.max(0.6, lead.strength),
        describe: (lead) => `A TLS certificate has expired or is not trusted: "${lead.template}" (${lead.count} lines). Calls over TLS fail until it is renewed; the network itself is fine.`,
        recommendations: [
          'Renew (or rotate) the certificate named in the errors and reload the service that serves it',
          'Check the clock of the failing host: a wrong clock makes a valid certificate look expired or not yet valid',
          'Monitor certificate expiry dates and renew automatically well before they end',
        ],
      }),
    );
  }
  if (credentials.length) {
    out.push(
      ledBy(credentials, {
        key: 'credentials',
        category: 'configuration',
        cause: 'credentials',
        strength: (lead) => Math.max(0.55, Math.min(1, lead.strength + 0.1)),
        describe: (lead) =>
          `A key, token or password is no longer accepted: "${lead.template}" (${lead.count} lines). The credential in the configuration is out of date (rotated, revoked or changed on the other side); the code and the network are fine.`,
        recommendations: [
          "Update the key, token or password named in the errors to the current one (or fetch keys from the issuer's key set instead of pinning one), then reload the plugin",
          "Find out what rotated or revoked it (the issuer's change log, a secret rotation job) so the next rotation is planned for",
          'Alert on authentication failures against each dependency, apart from the error rate',
        ],
      }),
    );
  }
  if (corrupt.length) out.push(dataCorruption(corrupt, changes, dataChanges));
  if (pools.length) {
    // A pool waiting on connections that cannot be opened (connect timeouts to the same server,
    // from the same minutes) is the network's or the server's symptom, not a limit reached.
    const unreachable = network.map(({ s }) => s).find((s) => CONNECT_FAILURE.test(s.template) && s.firstSeen <= pools[0].firstSeen + 2 * MINUTE);
    out.push(
      ledBy(pools, {
        key: 'connection-pool',
        category: 'resource-exhaustion',
        cause: 'connection-pool',
        strength: (lead) => Math.max(0.55, Math.min(1, lead.strength + 0.2)) * (unreachable ? 0.5 : 1),
        describe: (lead) =>
          unreachable
            ? `Database connections ran out: "${lead.template}" (${lead.count} lines), while new connections could not be opened ("${unreachable.template}"): the pool emptied because the server could not be reached, not because a limit was too low.`
            : `Database connections ran out: "${lead.template}" (${lead.count} lines). The server refused new connections because its limit (max_connections) or the pool was used up.`,
        recommendations: [
          "Keep pool size × instances below the database's max_connections (self-healing action: adjust-config), or put a pooler such as PgBouncer in front",
          'Look for connections that are never returned (a leak shows as the count climbing until the limit)',
          'Alert on connection-count against the limit before it is reached',
        ],
      }),
    );
  }
  const best = (list: { s: TemplateStat; factor: number }[]) => [...list].sort((a, b) => b.s.strength * b.factor - a.s.strength * a.factor);
  const topCode = best(code);
  if (topCode.length) {
    const lead = topCode[0];
    const evidence = topCode.slice(0, 3).map(({ s }) => logEvidence(s));
    if (deploy && lead.s.firstSeen >= deploy.change.ts) evidence.push(deploy.evidence[0]);
    out.push({
      key: 'code-defect',
      category: 'code-defect',
      at: lead.s.firstSeen,
      strength: Math.min(1, lead.s.strength * lead.factor * (deploy && lead.s.firstSeen >= deploy.change.ts ? 1.1 : 1)),
      description: `A new error pattern ${lead.s.baselineCount === 0 ? 'appeared' : 'multiplied'} at the start of the incident${deploy ? ' after a deploy' : ''}: "${lead.s.template}" (${lead.s.count} lines). An error in the plugin's own code is the likely cause.`,
      evidence,
      recommendations: [
        deploy ? 'Roll back to the previous release (self-healing action: rollback)' : 'Restart the plugin if the errors leave it in a bad state (self-healing action: restart)',
        `Find the code path behind "${lead.s.template.slice(0, 80)}" from the sample lines and fix it`,
        'Add a test for the failing case and alert on new error patterns after each release',
      ],
    });
  }
  const topNet = best(network);
  if (topNet.length) {
    const lead = topNet[0];
    out.push({
      key: 'network',
      category: 'network-issue',
      at: lead.s.firstSeen,
      strength: lead.s.strength * lead.factor,
      description: `Network errors (timeouts, resets or name resolution failures) ${lead.s.baselineCount === 0 ? 'appeared' : 'multiplied'} at the start: "${lead.s.template}".`,
      evidence: topNet.slice(0, 3).map(({ s }) => logEvidence(s)),
      recommendations: [
        DNS.test(topNet.map(({ s }) => s.template).join('\n')) ? 'Check DNS resolution for the hosts in the errors' : 'Check the network path to the hosts in the errors and whether they accept connections',
        'Raise timeouts and add retries with backoff where calls are idempotent (self-healing action: adjust-config)',
        'Alert on connection errors per destination so network faults are told apart from slow dependencies',
      ],
    });
  }
  if (resource.length) {
    const lead = resource[0];
    out.push({
      key: 'resource-logs',
      category: 'resource-exhaustion',
      at: lead.firstSeen,
      strength: 0.6 * lead.strength,
      description: `The plugin reported running out of a resource: "${lead.template}" (${lead.count} lines).`,
      evidence: resource.slice(0, 3).map(logEvidence),
      recommendations: [
        'Scale out or raise the exhausted limit for now (self-healing action: scale or adjust-config)',
        'Find which limit is hit (pool size, queue length, file handles) and size it for peak load',
        'Alert on the resource before it runs out',
      ],
    });
  }
  return out;
}
