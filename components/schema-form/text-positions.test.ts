import { describe, expect, it } from 'vitest';
import { parseJsonText, parseYamlText, stringifyDocument } from './text-positions';

const doc = { type: 'private', upstream: [{ url: 'https://a.example', syncInterval: 5 }] };

describe('JSON text', () => {
  it('parses and maps paths to lines', () => {
    const text = stringifyDocument('json', doc);
    const parsed = parseJsonText(text);
    expect(parsed.value).toEqual(doc);
    expect(parsed.positionOf('type')).toEqual({ line: 2, column: 3 });
    expect(parsed.positionOf('upstream.0')?.line).toBe(4);
    expect(parsed.positionOf('upstream.0.syncInterval')?.line).toBe(6);
    // A missing field points at its nearest written ancestor.
    expect(parsed.positionOf('upstream.0.auth.token')?.line).toBe(4);
  });

  it('reports syntax errors with line and column', () => {
    const parsed = parseJsonText('{\n  "a": 1,\n  "b": }\n');
    expect(parsed.value).toBeUndefined();
    expect(parsed.syntaxError).toMatchObject({ line: 3, column: 8 });
    expect(parseJsonText('{"a": 1').syntaxError?.message).toBe('Close brace expected');
    expect(parseJsonText('{"a": "x\ny"}').syntaxError?.line).toBe(1);
    expect(parseJsonText('').syntaxError).toBeDefined();
  });

  it('accepts only strict JSON: no comments, trailing commas or Unicode spaces between values', () => {
    expect(parseJsonText('{"a": 1 // note\n}').syntaxError).toBeDefined();
    expect(parseJsonText('{"a": [1,]}').syntaxError).toBeDefined();
    const nbsp = parseJsonText('{\n"a":\u00a01}');
    expect(nbsp.syntaxError).toMatchObject({ line: 2, column: 5 });
  });

  it('keeps a "__proto__" key as an own property, never as the prototype', () => {
    const parsed = parseJsonText('{"__proto__": {"polluted": true}, "a": 1}');
    const value = parsed.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parsed.positionOf('__proto__.polluted')?.line).toBe(1);
  });

  it('parses escapes, numbers and literals like JSON.parse', () => {
    const text = '{"s": "a\\"b\\u00e9", "n": -1.5e3, "t": true, "z": null, "l": []}';
    expect(parseJsonText(text).value).toEqual(JSON.parse(text));
  });
});

describe('YAML text', () => {
  it('parses and maps paths to lines', () => {
    const text = stringifyDocument('yaml', doc);
    const parsed = parseYamlText(text);
    expect(parsed.value).toEqual(doc);
    expect(parsed.positionOf('type')?.line).toBe(1);
    expect(parsed.positionOf('upstream.0')?.line).toBe(3);
    expect(parsed.positionOf('upstream.0.syncInterval')?.line).toBe(4);
  });

  it('reports syntax errors with their line', () => {
    const parsed = parseYamlText('type: private\nupstream:\n  - url: a\n   bad: [\n');
    expect(parsed.syntaxError?.line).toBeGreaterThanOrEqual(3);
  });

  it('an empty text is an empty document', () => {
    expect(parseYamlText('').value).toEqual({});
  });
});
