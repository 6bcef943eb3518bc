/*
 * Scoring of one generated AppModel against a BenchPrompt's expectation.
 * Entities: a generated entity is a hit when its name is an accepted name of an expected
 * entity; unexpected entities (not even optional) are false positives.
 * Fields: an expected field is a hit when the matched entity has a field with an accepted
 * name AND an accepted type. Precision counts, on matched entities, every generated field
 * that shares an expected name (a wrong type is a false positive) and, on exhaustive
 * entities, every other generated field too — except the display-name field the generator
 * adds on its own when the prompt didn't name one.
 */
import type { AppModel } from '@/lib/generator/types';
import type { BenchPrompt, ExpectedEntity } from './prompts';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PromptScore {
  entities: Counts;
  fields: Counts;
  misses: string[];
}

const asList = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

export function scorePrompt(model: AppModel, expected: BenchPrompt): PromptScore {
  const entities: Counts = { tp: 0, fp: 0, fn: 0 };
  const fields: Counts = { tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  const matched = new Map<ExpectedEntity, string>();

  for (const exp of expected.entities) {
    const names = asList(exp.name);
    const hit = model.entities.find((e) => names.includes(e.name) && ![...matched.values()].includes(e.name));
    if (hit) {
      matched.set(exp, hit.name);
      entities.tp += 1;
    } else {
      entities.fn += 1;
      misses.push(`missing entity ${names[0]}`);
    }
  }
  const optional = new Set(expected.optionalEntities ?? []);
  for (const e of model.entities) {
    if ([...matched.values()].includes(e.name) || optional.has(e.name)) continue;
    entities.fp += 1;
    misses.push(`extra entity ${e.name}`);
  }

  for (const exp of expected.entities) {
    const entityName = matched.get(exp);
    const entity = model.entities.find((e) => e.name === entityName);
    const expectedNames = new Set(exp.fields.flatMap((f) => asList(f.name)));
    for (const f of exp.fields) {
      const names = asList(f.name);
      const types = asList(f.type);
      const got = entity?.fields.find((g) => names.includes(g.name));
      if (got && (types as string[]).includes(got.type)) {
        fields.tp += 1;
      } else {
        fields.fn += 1;
        misses.push(`${entityName ?? asList(exp.name)[0]}.${names[0]}: ${got ? `got ${got.type}, want ${types.join('|')}` : 'missing'}`);
        if (got) fields.fp += 1;
      }
    }
    if (!entity || !exp.exhaustive) continue;
    for (const g of entity.fields) {
      if (expectedNames.has(g.name)) continue;
      if (g.source === 'name-field') continue;
      fields.fp += 1;
      misses.push(`${entity.name}.${g.name}: unexpected ${g.type}`);
    }
  }
  return { entities, fields, misses };
}

export function f1(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1: f };
}

/** One prompt's quality in 0..1: the mean of its entity F1 and field F1. */
export function promptQuality(score: { entities: Counts; fields: Counts }): number {
  return (f1(score.entities).f1 + f1(score.fields).f1) / 2;
}

/** Spearman rank correlation (ties get their mean rank); 0 when either side is constant. */
export function rankCorrelation(xs: number[], ys: number[]): number {
  const rank = (v: number[]) => {
    const order = v.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
    const ranks = new Array<number>(v.length);
    for (let i = 0; i < order.length; ) {
      let j = i;
      while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j += 1;
      for (let k = i; k <= j; k += 1) ranks[order[k][1]] = (i + j) / 2;
      i = j + 1;
    }
    return ranks;
  };
  const [a, b] = [rank(xs), rank(ys)];
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const [ma, mb] = [mean(a), mean(b)];
  let num = 0, da = 0, db = 0;
  for (let i = 0; i < a.length; i += 1) {
    num += (a[i] - ma) * (b[i] - mb);
    da += (a[i] - ma) ** 2;
    db += (b[i] - mb) ** 2;
  }
  return da === 0 || db === 0 ? 0 : num / Math.sqrt(da * db);
}
