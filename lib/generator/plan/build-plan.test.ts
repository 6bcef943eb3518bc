import { describe, expect, it } from 'vitest';
import { GenerationPlanSchema } from '@/schemas/generator-api';
import { understandPrompt } from '@/lib/generator/understand/understand-prompt';
import { buildPlan } from './build-plan';
import { planDescription } from './plan-description';

const PROMPT = 'A salon app. Clients have a name and phone. Appointments belong to a client and have a date, a status booked/checked in/no-show and a priority.';

describe('buildPlan', () => {
  const plan = buildPlan(understandPrompt(PROMPT), 'builtin');
  const appointment = plan.objects.find((o) => o.name === 'appointment')!;
  const field = (name: string) => appointment.fields.find((f) => f.name === name)!;

  it('passes its own schema and names the reader', () => {
    expect(GenerationPlanSchema.parse(plan)).toEqual(plan);
    expect(plan.reader).toBe('builtin');
  });

  it('gives each object and field the words it came from', () => {
    expect(appointment.words).toBe('appointments');
    expect(field('date')).toMatchObject({ type: 'date', words: 'a date', low: false });
  });

  it('tells written options from built-in ones, and trusts written ones more', () => {
    expect(field('status')).toMatchObject({ options: ['Booked', 'Checked in', 'No-show'], optionsWritten: true });
    expect(field('priority')).toMatchObject({ optionsWritten: false });
    expect(field('status').confidence).toBeGreaterThan(field('priority').confidence);
  });

  it('marks what the reader added on its own as low, with no words', () => {
    const vague = buildPlan(understandPrompt('a helpdesk'), 'builtin');
    const ticket = vague.objects[0];
    expect(ticket).toMatchObject({ words: null, low: true });
    expect(ticket.fields.filter((f) => f.words === null && f.low).length).toBeGreaterThan(0);
  });

  it('gives the relation the words it came from', () => {
    expect(plan.relations).toContainEqual(expect.objectContaining({ from: 'appointment', to: 'client', kind: 'lookup', low: false, words: expect.stringContaining('client') }));
  });
});

describe('planDescription', () => {
  it('refuses a German description with unsupported_language (422)', () => {
    expect(() => planDescription('Wir brauchen eine App für unsere Zahnarztpraxis mit Patienten und Terminen.')).toThrow(
      expect.objectContaining({ status: 422, code: 'unsupported_language' }),
    );
  });

  it('refuses a description with nothing to build with nothing_to_generate (422)', () => {
    expect(() => planDescription('hello')).toThrow(expect.objectContaining({ status: 422, code: 'nothing_to_generate' }));
  });
});
