/*
 * Keeps the frozen unseen evaluation set honest: its size and coverage meet issue 13's
 * targets, every expectation is checkable against its own prompt, and its content is pinned.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { unseenPrompts, type UnseenExpectedField } from './unseen-prompts';

// Changing this hash means editing a frozen set: make a new set instead of tuning this one.
const FROZEN_SHA256 = '8479b83c4cab577303e97569c83b08cb2a2ff8e58943cfe49ae7c40be1950206';

const asList = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);
const fieldsOf = (p: (typeof unseenPrompts)[number]): UnseenExpectedField[] => p.entities.flatMap((e) => e.fields);
const SNAKE = /^[a-z][a-z0-9_]*$/;

describe('unseen generator prompts', () => {
  it('is the frozen content', () => {
    expect(createHash('sha256').update(JSON.stringify(unseenPrompts)).digest('hex')).toBe(FROZEN_SHA256);
  });

  it('has 64+ prompts, 22+ domains, 5+ styles and German, Spanish and French refusals', () => {
    expect(unseenPrompts.length).toBeGreaterThanOrEqual(64);
    expect(new Set(unseenPrompts.map((p) => p.domain)).size).toBeGreaterThanOrEqual(22);
    expect(new Set(unseenPrompts.map((p) => p.style)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(unseenPrompts.map((p) => p.expectRefusal).filter(Boolean))).toEqual(new Set(['German', 'Spanish', 'French']));
    expect(new Set(unseenPrompts.map((p) => p.id)).size).toBe(unseenPrompts.length);
  });

  it('expects objects exactly when it does not expect a refusal', () => {
    for (const p of unseenPrompts) expect(p.entities.length > 0, p.id).toBe(!p.expectRefusal);
  });

  it('names objects and fields in snake_case', () => {
    for (const p of unseenPrompts) {
      for (const e of p.entities) for (const n of asList(e.name)) expect(n, p.id).toMatch(SNAKE);
      for (const fl of fieldsOf(p)) for (const n of asList(fl.name)) expect(n, p.id).toMatch(SNAKE);
    }
  });

  it('takes every option verbatim from its prompt, and defaults from the options', () => {
    for (const p of unseenPrompts) {
      for (const fl of fieldsOf(p)) {
        for (const o of fl.options ?? []) expect(p.text, `${p.id}: ${o}`).toContain(o);
        if (fl.options && fl.defaultValue !== undefined) expect(fl.options, p.id).toContain(fl.defaultValue);
      }
    }
  });

  it('points every relationship at an object of the same prompt', () => {
    for (const p of unseenPrompts) {
      const names = new Set([...p.entities.flatMap((e) => asList(e.name)), ...(p.optionalEntities ?? [])]);
      for (const fl of fieldsOf(p)) for (const r of asList(fl.reference ?? [])) expect(names.has(r), `${p.id} -> ${r}`).toBe(true);
    }
  });
});
