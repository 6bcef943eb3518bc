// Logs step: error and warning patterns that appear or multiply at the incident's start.
// Lines are grouped into templates (log-templates.ts masks, then merge-templates.ts joins templates
// that differ in a word or two); each template's count in the incident is compared with the day
// before it, two ways: its own rate (≥ 4× or new), and its share of all
// warning/error lines (lift ≥ 3), so a pattern that only rides along when everything fails
// more often (a busy hour, a saturated plugin) does not count as news.
// Strength of a template = specificity × growth × volume × timing: growth is log2 of the
// smaller of rate ratio and lift over 4 (1 for a new pattern with lift ≥ 8), volume
// log10(count)/2 (100 lines = 1), timing 1 when it first shows within 10 min of the onset
// (0.6 later). Warnings count 0.7 of errors.
import type { EvidenceData, LoadedEvent } from './types';
import { HOUR, MINUTE, clamp01 } from './series-math';
import { lineKind, templateOf, templateSpecificity, type TemplateKind } from './log-templates';
import { TemplateMerger, type TemplateGroup } from './merge-templates';

export interface TemplateStat {
  template: string;
  kind: TemplateKind;
  level: string;
  count: number;
  baselineCount: number;
  /** Incident rate ÷ baseline rate (Infinity for a new pattern). */
  ratio: number;
  firstSeen: number;
  samples: LoadedEvent[];
  strength: number;
}

const BASE_FROM = 24 * HOUR;
const BASE_TO = 15 * MINUTE;

export function analyzeLogs(data: EvidenceData, onset: number): TemplateStat[] {
  const baseFrom = Math.min(data.start, onset) - BASE_FROM;
  const from = Math.min(data.start, onset) - BASE_TO;
  const stats = new Map<TemplateGroup, TemplateStat>();
  const merger = new TemplateMerger();
  let baseTotal = 0;
  let incTotal = 0;
  for (const e of data.events) {
    if (e.kind !== 'log' || (e.level !== 'error' && e.level !== 'warn') || e.ts < baseFrom || e.ts > data.end) continue;
    const template = templateOf(e.message);
    const group = merger.groupOf(template);
    let s = stats.get(group);
    if (!s) {
      s = { template, kind: lineKind(template, e.message), level: e.level, count: 0, baselineCount: 0, ratio: 0, firstSeen: Infinity, samples: [], strength: 0 };
      stats.set(group, s);
    }
    if (e.ts < from) {
      s.baselineCount++;
      baseTotal++;
      continue;
    }
    incTotal++;
    s.count++;
    if (e.level === 'error') s.level = 'error';
    if (e.ts < s.firstSeen) s.firstSeen = e.ts;
    if (s.samples.length < 3) s.samples.push(e);
  }
  const firstData = data.events.find((e) => e.ts >= baseFrom)?.ts ?? from;
  const baseHours = Math.max(1 / 60, (from - Math.max(baseFrom, firstData)) / HOUR);
  const incHours = Math.max(1 / 60, (data.end - from) / HOUR);
  const out: TemplateStat[] = [];
  for (const [group, s] of stats) {
    s.template = group.template;
    if (s.count < 5) continue;
    s.ratio = s.baselineCount === 0 ? Infinity : s.count / incHours / (s.baselineCount / baseHours);
    const lift = s.count / incTotal / ((s.baselineCount + 1) / (baseTotal + 1));
    if (s.ratio < 4 || lift < 3) continue;
    const growth = s.baselineCount === 0 && lift >= 8 ? 1 : clamp01(Math.log2(Math.min(s.ratio, lift)) / 4);
    const volume = clamp01(Math.log10(s.count) / 2);
    const timing = s.firstSeen <= onset + 10 * MINUTE ? 1 : 0.6;
    s.strength = templateSpecificity(s.template, s.kind) * growth * volume * timing * (s.level === 'error' ? 1 : 0.7);
    out.push(s);
  }
  return out.sort((a, b) => b.strength - a.strength);
}

export function describeTemplate(s: TemplateStat): string {
  const change = s.baselineCount === 0 ? 'new' : `${s.ratio.toFixed(0)}× its earlier rate`;
  return `${s.count} ${s.level} lines (${change}): "${s.template}"`;
}
