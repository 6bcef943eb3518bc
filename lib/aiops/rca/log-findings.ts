// Turns the log templates into causes, or attaches them to a cause another step found:
// network errors naming an unhealthy dependency support dependency-failure (and count 0.4 as a
// network issue of their own); errors that start right after a configuration change support
// that change (a code defect counts half then); heap/GC/queue lines support resource exhaustion.
// What is left is a code defect (exception-like patterns) or a network issue.
import type { DetailedEvidence, Finding } from './types';
import { MINUTE } from './series-math';
import { describeTemplate, type TemplateStat } from './analyze-logs';
import type { ChangeFinding } from './analyze-changes';
import type { DependencyFinding } from './analyze-dependencies';

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
}

export function logFindings({ templates, changes, dependencies, memory, saturation }: LogFindingInput): Finding[] {
  const strongChange = changes.find((c) => c.strength >= 0.3 && (c.change.kind === 'config-change' || c.change.kind === 'rollback'));
  const deploy = changes.find((c) => c.change.kind === 'deploy' && c.strength >= 0.2);
  const afterChange = (s: TemplateStat) => strongChange && s.firstSeen >= strongChange.change.ts - MINUTE && s.firstSeen <= strongChange.change.ts + 15 * MINUTE;
  const code: { s: TemplateStat; factor: number }[] = [];
  const network: { s: TemplateStat; factor: number }[] = [];
  const resource: TemplateStat[] = [];

  for (const s of templates) {
    const dep = dependencies.find((d) => d.strength >= 0.3 && [d.dependency, ...d.hosts].some((n) => s.template.toLowerCase().includes(n.toLowerCase()) || s.samples.some((e) => e.message.toLowerCase().includes(n.toLowerCase()))));
    if (s.kind === 'network') {
      if (dep) attach(dep, s);
      network.push({ s, factor: dep ? 0.4 : 1 });
    } else if (s.kind === 'resource') {
      if (afterChange(s)) attach(strongChange!, s);
      else if (memory && MEMORY_WORDS.test(s.template)) attach(memory, s, 0.1);
      else if (saturation && CAPACITY_WORDS.test(s.template)) attach(saturation, s, 0.1);
      else resource.push(s);
    } else {
      if (afterChange(s)) attach(strongChange!, s);
      // Lines without failure words ("Cache disabled") are weak signs of a code defect.
      code.push({ s, factor: (afterChange(s) ? 0.5 : dep ? 0.6 : 1) * (s.kind === 'code' ? 1 : 0.5) });
    }
  }

  const out: Finding[] = [];
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
        'Check DNS resolution and the network path to the hosts in the errors',
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
