import { describe, expect, it } from 'vitest';
import { askGenerator, fromBenchPrompt } from './run-unseen';
import { scoreUnseenPrompt } from './score-unseen';

describe('run-unseen glue (real generator, built-in provider)', () => {
  it('reads the emitted object metadata into objects keyed by field name', async () => {
    const answer = await askGenerator('a CRM with accounts and deals; deals have an amount and belong to an account');
    expect(answer.kind).toBe('result');
    if (answer.kind !== 'result') return;
    const deal = answer.objects.find((o) => o.name === 'deal');
    expect(deal?.fields.amount?.type).toBe('currency');
    expect(deal?.fields.account).toMatchObject({ type: 'lookup', reference: 'account' });
    expect(answer.confidence).toBeGreaterThanOrEqual(0);
  });

  it('turns a thrown error into a refusal carrying its code and message', async () => {
    const answer = await askGenerator('asdf qwer zxcv');
    expect(answer).toMatchObject({ kind: 'refused' });
    if (answer.kind === 'refused') expect(answer.message.length).toBeGreaterThan(0);
  });

  it('expects a refusal from a development prompt that expects no object, and none otherwise', () => {
    const nothing = fromBenchPrompt({ id: 'x', text: 'zzz', entities: [] });
    expect(nothing.expectRefusal).toBe(true);
    expect(scoreUnseenPrompt(nothing, { kind: 'refused', message: 'nothing to build' }).refusal).toEqual({ hit: 1, of: 1 });
    expect(fromBenchPrompt({ id: 'y', text: 'crm', entities: [{ name: 'account', fields: [] }] }).expectRefusal).toBeUndefined();
  });
});
