import { describe, expect, it } from 'vitest';
import { rate, scoreUnseenPrompt, summarize, type ExpectedPrompt, type GeneratedObject, type GeneratorAnswer } from './score-unseen';

const EXPECTED: ExpectedPrompt = {
  id: 'tiny',
  entities: [
    {
      name: ['ticket', 'support_ticket'],
      fields: [
        { name: 'subject', type: 'text', required: true },
        { name: 'code', type: 'text', unique: true },
        { name: 'priority', type: 'select', options: ['low', 'medium', 'on hold'], defaultValue: 'medium' },
        { name: ['customer', 'customer_id'], type: ['lookup', 'master_detail'], reference: 'customer' },
      ],
    },
    { name: 'customer', fields: [{ name: ['name', 'full_name'], type: 'text' }] },
  ],
  optionalEntities: ['agent'],
};

function perfect(): GeneratedObject[] {
  return [
    {
      name: 'support_ticket',
      fields: {
        subject: { type: 'text', required: true },
        code: { type: 'text', unique: true },
        priority: { type: 'select', options: [{ label: 'Low', value: 'low' }, { label: ' Medium', value: 'medium' }, { label: 'On Hold', value: 'on_hold' }], defaultValue: 'medium' },
        customer: { type: 'lookup', reference: 'customer' },
      },
    },
    { name: 'customer', fields: { name: { type: 'text', required: true } } },
    { name: 'agent', fields: { name: { type: 'text' } } },
  ];
}

const result = (objects: GeneratedObject[], confidence = 80): GeneratorAnswer => ({ kind: 'result', objects, confidence });

describe('scoreUnseenPrompt', () => {
  it('scores a perfect answer 1 on every measure (optional objects and label case ignored)', () => {
    const s = scoreUnseenPrompt(EXPECTED, result(perfect()));
    expect(s.objects).toEqual({ tp: 2, fp: 0, fn: 0 });
    for (const r of [s.fieldsFound, s.types, s.relationships, s.options, s.exactOptionFields, s.required, s.unique, s.defaults, s.refusal]) expect(rate(r)).toBe(1);
    expect(s.invented).toBe(0);
    expect(s.quality).toBe(1);
    expect(s.misses).toEqual([]);
  });

  it('lowers field recall for a missing field, and a missing field honours none of its markers', () => {
    const objects = perfect();
    delete objects[0].fields.subject;
    const s = scoreUnseenPrompt(EXPECTED, result(objects));
    expect(s.fieldsFound).toEqual({ hit: 4, of: 5 });
    expect(s.required).toEqual({ hit: 0, of: 1 });
    expect(s.types).toEqual({ hit: 4, of: 4 });
    expect(s.quality).toBeLessThan(1);
  });

  it('does not count a field found on the wrong object', () => {
    const objects = perfect();
    objects[1].fields.code = objects[0].fields.code;
    delete objects[0].fields.code;
    expect(scoreUnseenPrompt(EXPECTED, result(objects)).fieldsFound).toEqual({ hit: 4, of: 5 });
  });

  it('counts an invented option and a missed one', () => {
    const objects = perfect();
    objects[0].fields.priority.options = [{ label: 'Low', value: 'low' }, { label: 'Medium', value: 'medium' }, { label: 'High', value: 'high' }, { label: 'Urgent', value: 'urgent' }];
    const s = scoreUnseenPrompt(EXPECTED, result(objects));
    expect(s.options).toEqual({ hit: 2, of: 3 });
    expect(s.invented).toBe(2);
    expect(s.exactOptionFields).toEqual({ hit: 0, of: 1 });
  });

  it('scores a lookup to the wrong object, or a text field, as a wrong relationship', () => {
    const wrongRef = perfect();
    wrongRef[0].fields.customer = { type: 'lookup', reference: 'agent' };
    expect(scoreUnseenPrompt(EXPECTED, result(wrongRef)).relationships).toEqual({ hit: 0, of: 1 });
    const asText = perfect();
    asText[0].fields.customer = { type: 'text' };
    const s = scoreUnseenPrompt(EXPECTED, result(asText));
    expect(s.relationships).toEqual({ hit: 0, of: 1 });
    expect(s.types).toEqual({ hit: 4, of: 5 });
  });

  it('accepts a relationship under another name when it points at the right object', () => {
    const objects = perfect();
    delete objects[0].fields.customer;
    objects[0].fields.raised_by = { type: 'master_detail', reference: 'customer' };
    expect(scoreUnseenPrompt(EXPECTED, result(objects)).relationships).toEqual({ hit: 1, of: 1 });
  });

  it('counts an extra object against precision and a missing default as not honoured', () => {
    const objects = perfect();
    objects.push({ name: 'we_can_bill', fields: {} });
    delete objects[0].fields.priority.defaultValue;
    const s = scoreUnseenPrompt(EXPECTED, result(objects));
    expect(s.objects).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(s.defaults).toEqual({ hit: 0, of: 1 });
  });

  it('takes a select default given as the option label', () => {
    const objects = perfect();
    objects[0].fields.priority.defaultValue = 'Medium';
    expect(scoreUnseenPrompt(EXPECTED, result(objects)).defaults).toEqual({ hit: 1, of: 1 });
  });

  it('wants a refusal to name the language, and no refusal elsewhere', () => {
    const german: ExpectedPrompt = { id: 'de', entities: [], expectRefusal: 'German' };
    expect(scoreUnseenPrompt(german, { kind: 'refused', message: 'The description looks like German.' }).refusal).toEqual({ hit: 1, of: 1 });
    expect(scoreUnseenPrompt(german, { kind: 'refused', message: 'Nothing to build.' }).refusal).toEqual({ hit: 0, of: 1 });
    expect(scoreUnseenPrompt(german, result([{ name: 'f_r_unsere', fields: {} }])).refusal).toEqual({ hit: 0, of: 1 });
    const wrongly = scoreUnseenPrompt(EXPECTED, { kind: 'refused', message: 'no' });
    expect(wrongly.refusal).toEqual({ hit: 0, of: 1 });
    expect(wrongly.objects).toEqual({ tp: 0, fp: 0, fn: 2 });
    expect(wrongly.quality).toBeNull();
  });
});

describe('summarize', () => {
  it('ranks confidence against quality and keeps refusal prompts out of the object measures', () => {
    const worse = perfect();
    delete worse[0].fields.code;
    const worst = perfect().slice(1);
    const scores = [
      scoreUnseenPrompt(EXPECTED, result(perfect(), 90)),
      scoreUnseenPrompt(EXPECTED, result(worse, 70)),
      scoreUnseenPrompt(EXPECTED, result(worst, 50)),
      scoreUnseenPrompt({ id: 'de', entities: [], expectRefusal: 'German' }, { kind: 'refused', message: 'German' }),
    ];
    const sum = summarize(scores);
    expect(sum.rankCorrelation).toEqual({ rho: 1, over: 3 });
    expect(sum.refusals).toEqual({ hit: 4, of: 4 });
    expect(sum.refusalsExpected).toEqual({ hit: 1, of: 1 });
    expect(sum.objects?.recall).toBeCloseTo(5 / 6);
    expect(sum.unique).toEqual({ hit: 1, of: 3 });
  });
});
