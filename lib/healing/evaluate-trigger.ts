// Decides whether one action's trigger holds for a plugin, and records why. The conditions are
// alternatives (PROTOCOL R4: any one is enough); each one that holds becomes a match the approval
// queue shows. Pure: facts and metric points come in, nothing is read here.
import type { SelfHealingAction } from '@/schemas';
import { parseCondition } from '@/schemas/condition-language';
import { errorPatternMatcher } from './error-pattern';
import { evaluateCondition, type ConditionSeries } from './evaluate-condition';
import { formatComparison } from './format-comparison';
import type { PluginFacts } from './load-plugin-facts';
import type { ConditionMatch } from './types';

export interface TriggerEvaluation {
  holds: boolean;
  matches: ConditionMatch[];
  triggerKey: string;
  metric: string | null;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Parsed conditions by text: the parser is pure and its trees are only read, and the engine (and the dry run, every 15 s of a week) evaluates the same few expressions again and again. */
const parsedConditions = new Map<string, ReturnType<typeof parseCondition>>();
const MAX_CACHED = 500;

export function parsedCondition(expression: string): ReturnType<typeof parseCondition> {
  let parsed = parsedConditions.get(expression);
  if (!parsed) {
    parsed = parseCondition(expression);
    if (parsedConditions.size >= MAX_CACHED) parsedConditions.delete(parsedConditions.keys().next().value!);
    parsedConditions.set(expression, parsed);
  }
  return parsed;
}

export function evaluateTrigger(trigger: SelfHealingAction['trigger'], facts: PluginFacts, series: Map<string, ConditionSeries>, now: number): TriggerEvaluation {
  const matches: ConditionMatch[] = [];

  const statuses = (trigger.healthStatus ?? []).filter(Boolean);
  if (statuses.length && facts.health && statuses.includes(facts.health.status as (typeof statuses)[number])) {
    matches.push({ kind: 'healthStatus', status: facts.health.status, reportedAt: iso(facts.health.at), text: `Health is ${facts.health.status}` });
  }

  const types = new Set((trigger.anomalyTypes ?? []).map((t) => t.trim()).filter(Boolean));
  const found = facts.anomalies.filter((a) => types.has(a.type)).sort((a, b) => b.score - a.score);
  if (found.length) {
    const top = found[0];
    const more = found.length > 1 ? ` (+${found.length - 1} more)` : '';
    matches.push({
      kind: 'anomalyTypes',
      anomalies: found.map((a) => ({ id: a.id, type: a.type, metric: a.metric, score: a.score, startedAt: iso(a.startedAt) })),
      metric: top.metric,
      text: `Open ${top.type} anomaly on ${top.metric}, score ${Math.round(top.score)}${more}`,
    });
  }

  for (const pattern of trigger.errorPatterns ?? []) {
    const test = errorPatternMatcher(pattern);
    if (!test) continue;
    const hits = facts.logs.filter((l) => test(l.message));
    if (hits.length) {
      matches.push({ kind: 'errorPatterns', pattern, count: hits.length, example: hits[0].message.slice(0, 300), at: iso(hits[0].at), text: `${hits.length === 1 ? '1 log line matches' : `${hits.length} log lines match`} /${pattern}/` });
    }
  }

  const expression = trigger.customCondition?.trim();
  if (expression) {
    const parsed = parsedCondition(expression);
    if (parsed.ok) {
      const result = evaluateCondition(parsed.ast, (name) => series.get(name) ?? { metric: null, points: [] }, now);
      if (result.holds) {
        const shown = result.comparisons.filter((c) => c.holds);
        matches.push({
          kind: 'customCondition',
          expression,
          comparisons: result.comparisons,
          metric: shown[0]?.metric ?? null,
          text: shown.map(formatComparison).join(' and '),
        });
      }
    }
  }

  const metric = matches.map((m) => (m.kind === 'customCondition' || m.kind === 'anomalyTypes' ? m.metric : null)).find(Boolean) ?? null;
  // Each kind once: two error patterns that held are one kind of evidence ("errorPatterns").
  return { holds: matches.length > 0, matches, triggerKey: [...new Set(matches.map((m) => m.kind))].sort().join('+'), metric };
}

/**
 * The facts and series with only what came after `since` (the action's last completed
 * execution): evidence the action already acted on must not trigger it again (issue 14).
 * An anomaly counts while it was still flagged after `since`; a `FOR` window needs points after it.
 */
export function evidenceAfter(facts: PluginFacts, series: Map<string, ConditionSeries>, since: number): { facts: PluginFacts; series: Map<string, ConditionSeries> } {
  return {
    facts: {
      ...facts,
      health: facts.health && facts.health.at > since ? facts.health : null,
      anomalies: facts.anomalies.filter((a) => (a.endedAt ?? a.startedAt) > since),
      logs: facts.logs.filter((l) => l.at > since),
    },
    series: new Map([...series].map(([name, s]) => [name, { ...s, points: s.points.filter((p) => p.ts > since) }])),
  };
}
