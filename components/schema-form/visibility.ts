// Dependent choices, declared once: which fields only make sense for some value of another
// field. Hidden fields are not shown, leave the submitted document (pruneHidden) and keep their
// values in form state so they come back when the user switches back (restoreHidden).
import type { z } from 'zod';
import { DEPENDENT_FIELDS, type DependentField, REVALIDATED_FIELDS } from '@/schemas';
import { isPlainObject } from './defaults';
import { introspect, infoAt, type SchemaInfo } from './introspect';
import { getAt, joinPath, parentPath, splitPath } from './paths';

export type VisibilityRule = DependentField;

/**
 * The rules, as the schemas state and enforce them (schemas/dependent-fields.ts). Paths are
 * patterns relative to the object holding both fields: a rule applies at any depth where the
 * schema has an object with both paths (`engine` + `engineConfig.wasm` inside RuntimeConfig,
 * wherever RuntimeConfig appears), and nowhere else.
 */
export const VISIBILITY_RULES: readonly VisibilityRule[] = DEPENDENT_FIELDS;

/**
 * Fields whose errors depend on another field without being hidden by it (cross-field rules):
 * when `when` changes, `field` is re-validated and its error shown.
 */
export const REVALIDATION_RULES = REVALIDATED_FIELDS;

const applicable = new WeakMap<SchemaInfo, Map<object, boolean>>();

/** True when `rule.field` and `rule.when` both exist in the object schema `scope` (cached: it runs on every validation). */
function appliesTo(scope: SchemaInfo | undefined, rule: { field: string; when: string }): boolean {
  if (scope?.kind !== 'object') return false;
  let known = applicable.get(scope);
  if (!known) applicable.set(scope, (known = new Map()));
  let result = known.get(rule);
  if (result === undefined) {
    result = infoAt(scope, rule.field) !== undefined && infoAt(scope, rule.when) !== undefined;
    known.set(rule, result);
  }
  return result;
}

/** The value of the deciding field, falling back to its schema default when absent. */
function decidingValue(scope: SchemaInfo, scopeValue: unknown, when: string): unknown {
  const value = getAt(scopeValue, when);
  return value === undefined ? infoAt(scope, when)?.defaultValue : value;
}

/** The object path a rule is anchored at for a concrete field path, if the rule targets it. */
function anchorFor(path: string, relative: string): string | undefined {
  if (path === relative) return '';
  return path.endsWith(`.${relative}`) ? path.slice(0, -relative.length - 1) : undefined;
}

function stripIndexes(path: string): string {
  return splitPath(path)
    .map((s) => (typeof s === 'number' ? '0' : s))
    .join('.');
}

export interface FieldCondition {
  rule: string;
  /** Absolute path of the deciding field. */
  watch: string;
  visible: (value: unknown) => boolean;
}

/**
 * The conditions under which the field at `path` is shown (empty when it always is). The
 * deciding value passed to `visible` may be undefined: the schema default is applied.
 */
export function conditionsFor(root: SchemaInfo, path: string): FieldCondition[] {
  const out: FieldCondition[] = [];
  for (const rule of VISIBILITY_RULES) {
    const anchor = anchorFor(path, rule.field);
    if (anchor === undefined) continue;
    const scope = infoAt(root, stripIndexes(anchor));
    if (!scope || !appliesTo(scope, rule)) continue;
    const fallback = infoAt(scope, rule.when)?.defaultValue;
    out.push({
      rule: rule.rule,
      watch: joinPath(anchor, rule.when),
      visible: (value) => rule.is.includes((value === undefined ? fallback : value) as string),
    });
  }
  return out;
}

/** Absolute paths to re-validate when the field at `path` changes. */
export function dependentsOf(root: SchemaInfo, path: string): string[] {
  const out: string[] = [];
  for (const rule of [...VISIBILITY_RULES, ...REVALIDATION_RULES]) {
    const anchor = anchorFor(path, rule.when);
    if (anchor === undefined) continue;
    if (appliesTo(infoAt(root, stripIndexes(anchor)), rule)) out.push(joinPath(anchor, rule.field));
  }
  return out;
}

/** True when the field at `path` is hidden by a rule (or lies inside a hidden field). */
export function isHidden(schema: z.core.$ZodType, values: unknown, path: string): boolean {
  const root = introspect(schema);
  for (let p = path; p !== ''; p = parentPath(p)) {
    for (const condition of conditionsFor(root, p)) {
      if (!condition.visible(getAt(values, condition.watch))) return true;
    }
  }
  return false;
}

const rulesByScope = new WeakMap<SchemaInfo, VisibilityRule[]>();

/** The rules that apply inside an object schema (most objects have none). */
function rulesAt(scope: SchemaInfo): VisibilityRule[] {
  let rules = rulesByScope.get(scope);
  if (!rules) rulesByScope.set(scope, (rules = VISIBILITY_RULES.filter((rule) => appliesTo(scope, rule))));
  return rules;
}

type Visit = (scope: SchemaInfo, node: Record<string, unknown>, rule: VisibilityRule, shown: boolean) => void;

/** Walks schema and value together, calling `visit` for every rule at every object it applies to. */
function walk(info: SchemaInfo, value: unknown, visit: Visit): void {
  if (info.kind === 'object' && isPlainObject(value)) {
    for (const rule of rulesAt(info)) {
      visit(info, value, rule, rule.is.includes(decidingValue(info, value, rule.when) as string));
    }
    for (const [key, field] of Object.entries(info.fields ?? {})) walk(field, value[key], visit);
  } else if (info.kind === 'array' && Array.isArray(value) && info.element) {
    for (const item of value) walk(info.element, item, visit);
  }
}

function deleteAt(node: Record<string, unknown>, relative: string): void {
  const parts = relative.split('.');
  const last = parts.pop() as string;
  const parent = getAt(node, parts.join('.'));
  if (isPlainObject(parent)) delete parent[last];
}

/**
 * What will be submitted: a copy of the form values without the fields that the rules hide
 * for the values chosen. Also drops keys whose value is undefined.
 */
export function pruneHidden<T>(schema: z.core.$ZodType, values: T): T {
  const copy = dropUndefined(values) as T;
  walk(introspect(schema), copy, (_scope, node, rule, shown) => {
    if (!shown) deleteAt(node, rule.field);
  });
  return copy;
}

/**
 * `next` with the hidden fields it lacks taken from `prev`, so that values hidden in the form,
 * and therefore absent from the JSON/YAML text, survive an edit of the text.
 */
export function restoreHidden<T>(schema: z.core.$ZodType, next: T, prev: unknown): T {
  const copy = structuredClone(next);
  const root = introspect(schema);
  // Walk with paths so the previous value can be found at the same place.
  const visit = (info: SchemaInfo, value: unknown, path: string) => {
    if (info.kind === 'object' && isPlainObject(value)) {
      for (const rule of rulesAt(info)) {
        if (rule.is.includes(decidingValue(info, value, rule.when) as string)) continue;
        if (getAt(value, rule.field) !== undefined) continue;
        const old = getAt(prev, joinPath(path, rule.field));
        if (old === undefined) continue;
        const parts = rule.field.split('.');
        const last = parts.pop() as string;
        // Only into an object the new document still has: a section removed in the text stays removed.
        const target = parts.length === 0 ? value : getAt(value, parts.join('.'));
        if (isPlainObject(target)) target[last] = structuredClone(old);
      }
      for (const [key, field] of Object.entries(info.fields ?? {})) visit(field, value[key], joinPath(path, key));
    } else if (info.kind === 'array' && Array.isArray(value) && info.element) {
      value.forEach((item, i) => visit(info.element as SchemaInfo, item, joinPath(path, i)));
    }
  };
  visit(root, copy, '');
  return copy;
}

function dropUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropUndefined);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = dropUndefined(v);
    return out;
  }
  return value;
}
