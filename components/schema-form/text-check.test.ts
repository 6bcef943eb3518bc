import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RegistryConfigSchema } from '@/schemas/registry';
import { introspect } from './introspect';
import { checkDocumentText, checkJsonText } from './text-check';

describe('checkDocumentText', () => {
  it('lists schema errors with their line, in line order', () => {
    const text = JSON.stringify({ type: 'private', upstream: [{ url: 'https://a.example', syncInterval: 5 }], visibility: 'x' }, null, 2);
    const { problems, syntax, value } = checkDocumentText(RegistryConfigSchema, 'json', text);
    expect(syntax).toBe(false);
    expect(value).toMatchObject({ type: 'private' });
    expect(problems).toEqual([
      { line: 6, where: 'Upstream › #1 › Sync interval', message: 'Must be at least 60 seconds' },
      { line: 9, where: 'Visibility', message: 'Choose one of public, private or internal' },
    ]);
  });

  it('points a missing required field at the object that lacks it', () => {
    const { problems } = checkDocumentText(RegistryConfigSchema, 'yaml', 'upstream:\n  - syncPolicy: auto\n');
    expect(problems).toContainEqual({ line: 1, where: 'Type', message: 'Choose a value' });
    expect(problems).toContainEqual({ line: 2, where: 'Upstream › #1 › URL', message: 'Required' });
  });

  it('reports a syntax error and no document', () => {
    const result = checkDocumentText(RegistryConfigSchema, 'yaml', 'type: [private\n');
    expect(result.syntax).toBe(true);
    expect(result.value).toBeUndefined();
    expect(result.problems[0].line).toBeGreaterThanOrEqual(1);
  });
});

describe('checkJsonText (the fallback editor)', () => {
  const info = introspect(z.object({ pair: z.tuple([z.string(), z.int().min(1)]) })).fields!.pair;

  it('accepts JSON that matches the subtree schema', () => {
    expect(checkJsonText('["a", 2]', info)).toEqual({ value: ['a', 2] });
    expect(checkJsonText('  ', info)).toEqual({ empty: true });
  });

  it('explains what is wrong, with the line', () => {
    expect(checkJsonText('[\n  "a",\n  0\n]', info).error).toBe('Line 3: 1: Must be at least 1');
    expect(checkJsonText('["a",', info).error).toMatch(/^Line 1, column 6: /);
  });
});
