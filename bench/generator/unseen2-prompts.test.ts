/*
 * Keeps the second frozen unseen evaluation set honest: its size and coverage meet issue 13's
 * targets, every expectation is checkable against its own prompt, and its content is pinned.
 * Written on 2026-12-07 by the `promptset` engineer without reading the generator's code.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { unseenPrompts, type UnseenConstruct, type UnseenExpectedField, type UnseenStyle } from './unseen-prompts';
import { unseen2Prompts } from './unseen2-prompts';

// Changing this hash means editing a frozen set: make a new set instead of tuning this one.
const FROZEN_SHA256 = '938f4dadf5ff49b053cf005d6d3f9bb61cfe3ede41ede88876176b3397b8be6d';

const asList = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);
const fieldsOf = (p: (typeof unseen2Prompts)[number]): UnseenExpectedField[] => p.entities.flatMap((e) => e.fields);
const SNAKE = /^[a-z][a-z0-9_]*$/;
const STYLES: UnseenStyle[] = ['terse', 'flowing', 'bullets', 'non-native', 'conversational', 'option-syntax'];
const CONSTRUCTS: UnseenConstruct[] = [
  'relative-clause', 'possessive', 'has-many', 'later-options', 'percent', 'yes-no', 'checkbox', 'listed-on',
  'expected-delivery', 'money', 'email', 'phone', 'url', 'required', 'unique', 'default',
];
const modelled = unseen2Prompts.filter((p) => !p.expectRefusal);
const hasType = (p: (typeof unseen2Prompts)[number], t: string) => fieldsOf(p).some((fl) => asList(fl.type).includes(t as never));

/** What a prompt tagged with a construct must show, in its text or its expectation. */
const SHOWS: Record<UnseenConstruct, (p: (typeof unseen2Prompts)[number]) => boolean> = {
  'relative-clause': (p) => /\b(\w+ed|made|taken|written) (by|with|to|against)\b|\b(who|whose|that|which|where)\b/i.test(p.text),
  possessive: (p) => /\w(['’]s|s')\s/.test(p.text),
  'has-many': (p) => /\b(has|have) many\b/i.test(p.text),
  'later-options': (p) => fieldsOf(p).some((fl) => fl.options !== undefined),
  percent: (p) => hasType(p, 'percent'),
  'yes-no': (p) => /\byes\b|\by\/n\b|\bwhether\b|\bor not\b/i.test(p.text) && hasType(p, 'boolean'),
  checkbox: (p) => /check ?box|tick ?box/i.test(p.text) && hasType(p, 'boolean'),
  'listed-on': (p) => /\b\w+(ed|wn) on\b/i.test(p.text) && hasType(p, 'date'),
  'expected-delivery': (p) => /\b(expected|due)\b/i.test(p.text) && hasType(p, 'date'),
  money: (p) => hasType(p, 'currency'),
  email: (p) => hasType(p, 'email'),
  phone: (p) => hasType(p, 'phone'),
  url: (p) => hasType(p, 'url'),
  required: (p) => fieldsOf(p).some((fl) => fl.required),
  unique: (p) => fieldsOf(p).some((fl) => fl.unique),
  default: (p) => fieldsOf(p).some((fl) => fl.defaultValue !== undefined),
};

describe('unseen generator prompts, second set', () => {
  it('is the frozen content', () => {
    expect(createHash('sha256').update(JSON.stringify(unseen2Prompts)).digest('hex')).toBe(FROZEN_SHA256);
  });

  it('has 66+ modelled prompts in 22+ domains, none of them a domain of the first set', () => {
    expect(modelled.length).toBeGreaterThanOrEqual(66);
    const domains = new Set(unseen2Prompts.map((p) => p.domain));
    expect(domains.size).toBeGreaterThanOrEqual(22);
    const first = new Set(unseenPrompts.map((p) => p.domain));
    for (const d of domains) expect(first.has(d), d).toBe(false);
    expect(new Set(unseen2Prompts.map((p) => p.id)).size).toBe(unseen2Prompts.length);
    const firstTexts = new Set(unseenPrompts.map((p) => p.text));
    for (const p of unseen2Prompts) expect(firstTexts.has(p.text), p.id).toBe(false);
  });

  it('writes 8+ prompts in each of the six styles', () => {
    for (const s of STYLES) expect(unseen2Prompts.filter((p) => p.style === s).length, s).toBeGreaterThanOrEqual(8);
  });

  it('has exactly one German, one Spanish and one French refusal', () => {
    const refusals = unseen2Prompts.map((p) => p.expectRefusal).filter(Boolean);
    expect(refusals.sort()).toEqual(['French', 'German', 'Spanish']);
  });

  it('covers every construct in 3+ prompts, and each tagged prompt shows its construct', () => {
    for (const c of CONSTRUCTS) expect(modelled.filter((p) => p.constructs.includes(c)).length, c).toBeGreaterThanOrEqual(3);
    for (const p of modelled) for (const c of p.constructs) expect(SHOWS[c](p), `${p.id}: ${c}`).toBe(true);
  });

  it('expects objects exactly when it does not expect a refusal', () => {
    for (const p of unseen2Prompts) expect(p.entities.length > 0, p.id).toBe(!p.expectRefusal);
  });

  it('names objects and fields in snake_case', () => {
    for (const p of unseen2Prompts) {
      for (const e of p.entities) for (const n of asList(e.name)) expect(n, p.id).toMatch(SNAKE);
      for (const fl of fieldsOf(p)) for (const n of asList(fl.name)) expect(n, p.id).toMatch(SNAKE);
    }
  });

  it('takes every option verbatim from its prompt, in order, and defaults from the options', () => {
    for (const p of unseen2Prompts) {
      for (const fl of fieldsOf(p)) {
        const options = fl.options ?? [];
        let from = 0;
        for (const o of options) {
          const at = p.text.indexOf(o, from);
          expect(at, `${p.id}: ${o}`).toBeGreaterThanOrEqual(0);
          from = at + o.length;
        }
        if (fl.options && fl.defaultValue !== undefined) expect(fl.options, p.id).toContain(fl.defaultValue);
      }
    }
  });

  it('gives relationships a reference and points each at an object of the same prompt', () => {
    for (const p of unseen2Prompts) {
      const names = new Set([...p.entities.flatMap((e) => asList(e.name)), ...(p.optionalEntities ?? [])]);
      for (const fl of fieldsOf(p)) {
        for (const r of asList(fl.reference ?? [])) expect(names.has(r), `${p.id} -> ${r}`).toBe(true);
        if (fl.reference !== undefined) expect(asList(fl.type).every((t) => t === 'lookup' || t === 'master_detail'), p.id).toBe(true);
      }
    }
  });
});
