import { describe, expect, it } from 'vitest';
import { rowsFrom, rowsToRecord, textToValue, typeOfValue, valueToText } from './record-rows';

describe('record rows', () => {
  it('round-trips any JSON value through its text', () => {
    const record = { a: 'plain words', b: 42, c: true, d: { x: [1, 2] }, e: '42', f: null };
    const rows = rowsFrom(record, 'json');
    expect(rows.map((r) => r.text)).toEqual(['plain words', '42', 'true', '{"x":[1,2]}', '"42"', 'null']);
    expect(rowsToRecord(rows, 'json').value).toEqual(record);
  });

  it('renaming a key keeps the row and its value', () => {
    const rows = rowsFrom({ region: 'eu-west-1' }, 'string');
    const renamed = rows.map((r) => ({ ...r, key: 'zone' }));
    expect(renamed[0].rid).toBe(rows[0].rid);
    expect(rowsToRecord(renamed, 'string').value).toEqual({ zone: 'eu-west-1' });
  });

  it('leaves out blank and repeated keys and says why', () => {
    const rows = [
      { rid: 1, key: 'a', text: '1' },
      { rid: 2, key: 'a', text: '2' },
      { rid: 3, key: '', text: 'x' },
      { rid: 4, key: '', text: '' },
    ];
    const { value, problems } = rowsToRecord(rows, 'number');
    expect(value).toEqual({ a: 1 });
    expect([...problems.keys()]).toEqual([2, 3]);
  });

  it('reads typed text', () => {
    expect(textToValue('{bad', 'json')).toBe('{bad');
    expect(textToValue('x', 'number')).toBe('x');
    expect(valueToText(undefined, 'json')).toBe('');
    expect(typeOfValue([1])).toBe('list');
  });
});
