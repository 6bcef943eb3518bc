import { describe, expect, it } from 'vitest';
import { SelfHealingActionSchema } from './aiops';
import { conditionComparisons, conditionErrorMessage, parseCondition, type ConditionNode } from './condition-language';
import { issuePaths, messageAt } from './test-utils';

function ast(text: string): ConditionNode {
  const r = parseCondition(text);
  if (!r.ok) throw new Error(conditionErrorMessage(r.error));
  return r.ast;
}

/** A compact rendering of the tree, to check precedence and grouping. */
function show(n: ConditionNode): string {
  if (n.kind === 'compare') return `${n.name}${n.op}${n.value}${n.forMs ? `@${n.forMs}` : ''}`;
  if (n.kind === 'not') return `!${show(n.operand)}`;
  return `(${show(n.left)} ${n.kind} ${show(n.right)})`;
}

describe('customCondition grammar', () => {
  it.each([
    ['errorRate > 0.1', 'errorRate>0.1'],
    ['errorRate > 0.1 AND latency > 500', '(errorRate>0.1 and latency>500)'],
    ['cpuUsage > 80 FOR 5m', 'cpuUsage>80@300000'],
    ['a > 1 OR b > 2 AND c > 3', '(a>1 or (b>2 and c>3))'],
    ['(a > 1 OR b > 2) AND c > 3', '((a>1 or b>2) and c>3)'],
    ['NOT a > 1 AND b < 2', '(!a>1 and b<2)'],
    ['not (a >= 1 or b <= 2)', '!(a>=1 or b<=2)'],
    ['a == 0 and b != 1', '(a==0 and b!=1)'],
    ['queue-depth>=1000', 'queue-depth>=1000'],
    ['memoryUsage > 200MiB FOR 30s', 'memoryUsage>209715200@30000'],
    ['x > -0.5 FOR 1h', 'x>-0.5@3600000'],
    ['  heapUsedPercent   >   85   for   5m  ', 'heapUsedPercent>85@300000'],
  ])('parses %s', (text, expected) => {
    expect(show(ast(text))).toBe(expected);
  });

  it('lists the comparisons in order, with their source positions', () => {
    const cs = conditionComparisons(ast('errorRate > 0.1 AND latency > 500 FOR 2m'));
    expect(cs.map((c) => [c.name, c.start, c.end])).toEqual([
      ['errorRate', 0, 15],
      ['latency', 20, 40],
    ]);
  });
});

describe('customCondition syntax errors carry their position', () => {
  it.each([
    ['errorRate >', 11, 'Expected a number after ">", found the end of the condition'],
    ['errorRate = 0.1', 10, 'Use "==" to compare for equality'],
    ['errorRate > 0.1 AND', 19, 'Expected a metric name or "(", found the end of the condition'],
    ['(a > 1', 6, 'Expected ")" to close the "(" at column 1, found the end of the condition'],
    ['a > 1)', 5, 'Unbalanced ")": no "(" opened it'],
    ['a > b', 4, 'Expected a number after ">", found "b": compare a metric with a number'],
    ['a 1', 2, 'Expected a comparison (>, >=, <, <=, ==, !=) after "a", found "1"'],
    ['a > 1 FOR 5', 10, 'Expected a duration after FOR, such as 30s, 5m or 1h, found "5"'],
    ['a > 1 FOR 5d', 11, 'Unknown unit "d": numbers take KiB, MiB or GiB; durations take s, m or h'],
    ['a > 1 b > 2', 6, 'Expected AND, OR or the end of the condition, found "b"'],
    ['(a > 1) FOR 5m', 8, 'FOR applies to one comparison, e.g. cpuUsage > 80 FOR 5m'],
    ['a > 1 && b > 2', 6, 'Unexpected character "&"'],
    ['a > 1.', 6, 'Expected digits after the decimal point'],
    ['a > 1 FOR 0m', 10, 'A FOR duration must be longer than zero'],
    ['AND > 1', 0, 'Expected a metric name or "(", found the keyword AND'],
  ])('%s fails at %i', (text, position, message) => {
    const r = parseCondition(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toEqual({ position, message });
  });

  it('refuses very long and very deeply nested conditions without crashing', () => {
    expect(parseCondition(`a > 1${' AND a > 1'.repeat(60)}`).ok).toBe(false);
    const deep = parseCondition(`${'NOT '.repeat(40)}a > 1`);
    expect(deep.ok).toBe(false);
    if (!deep.ok) expect(deep.error.message).toMatch(/Nested more than/);
  });

  it('never evaluates its input', () => {
    expect(parseCondition('process.exit(1)').ok).toBe(false);
    expect(parseCondition("require('fs') > 1").ok).toBe(false);
  });
});

describe('SelfHealingActionSchema checks customCondition and errorPatterns when saved', () => {
  const action = { id: 'a', type: 'restart' };

  it('reports a syntax error on the field, with its column', () => {
    const doc = { ...action, trigger: { customCondition: 'errorRate > 0.1 AND' } };
    expect(issuePaths(SelfHealingActionSchema, doc)).toEqual(['trigger.customCondition']);
    expect(messageAt(SelfHealingActionSchema, doc, 'trigger.customCondition')).toBe(
      'Expected a metric name or "(", found the end of the condition (at column 20)',
    );
  });

  it('reports each invalid or unsafe pattern on its own item', () => {
    const doc = { ...action, trigger: { errorPatterns: ['ECONNRESET', '(unclosed', '(a)\\1$'] } };
    expect(issuePaths(SelfHealingActionSchema, doc)).toEqual(['trigger.errorPatterns.1', 'trigger.errorPatterns.2']);
    expect(messageAt(SelfHealingActionSchema, doc, 'trigger.errorPatterns.1')).toMatch(/^Not a valid regular expression/);
    expect(messageAt(SelfHealingActionSchema, doc, 'trigger.errorPatterns.2')).toMatch(/^Back-references \(\\1\) are not allowed/);
  });

  it('accepts valid ones', () => {
    const doc = { ...action, trigger: { errorPatterns: ['timeout after \\d+ ms', 'pool (acquire )?timeout'], customCondition: 'cpuUsage > 80 FOR 5m' } };
    expect(SelfHealingActionSchema.safeParse(doc).success).toBe(true);
  });
});
