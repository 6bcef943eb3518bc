/*
 * The test module of a TypeScript/JavaScript plugin package, for the requested framework:
 * each object passes @objectstack/spec's ObjectSchema and keeps its fields, and the stack
 * loads (defineStack validates cross-references when the entry module is imported). Imports
 * use .js specifiers, which Node ESM needs and TypeScript maps back to the .ts sources.
 */
import type { CodeGenerationRequest } from '@/schemas';
import { arrow, call, exprStmt, fromValue, lit, member, ref, type Expr, type Stmt } from '@/lib/generator/printer/ast';
import type { Definition } from './list-definitions';
import type { PackageIdentity } from './package-identity';

export type JsTesting = 'vitest' | 'jest' | 'mocha';

export function testModule(definitions: Definition[], identity: PackageIdentity, testing: JsTesting): Stmt[] {
  const objects = definitions.filter((d) => d.kind === 'object');
  const check = (actual: Expr, matcher: 'toBe' | 'toEqual', expected: Expr): Stmt =>
    testing === 'mocha'
      ? exprStmt(call(member(ref('assert'), matcher === 'toBe' ? 'equal' : 'deepEqual'), actual, expected))
      : exprStmt(call(member(call('expect', actual), matcher), expected));
  const imports: Stmt[] =
    testing === 'mocha'
      ? [{ kind: 'import', names: ['describe', 'it'], from: 'mocha' }, { kind: 'import', names: ['strict as assert'], from: 'node:assert' }]
      : [{ kind: 'import', names: ['describe', 'expect', 'it'], from: testing === 'jest' ? '@jest/globals' : 'vitest' }];
  const cases: Stmt[] = [
    exprStmt(
      call('it', lit('loads as an ObjectStack stack'), arrow([check(member(member(ref('stack'), 'manifest?'), 'id'), 'toBe', lit(identity.manifestId))])),
    ),
    ...objects.map((o) =>
      exprStmt(
        call(
          'it',
          lit(`defines ${o.name} as valid ObjectStack metadata`),
          arrow([
            check(member(call(member(ref('ObjectSchema'), 'safeParse'), ref(o.constName)), 'success'), 'toBe', lit(true)),
            check(call(member(ref('Object'), 'keys'), member(ref(o.constName), 'fields')), 'toEqual', fromValue(Object.keys((o.value as { fields: object }).fields))),
          ]),
        ),
      ),
    ),
  ];
  return [
    ...imports,
    { kind: 'import', names: ['ObjectSchema'], from: '@objectstack/spec/data' },
    ...objects.map((o): Stmt => ({ kind: 'import', names: [o.constName], from: `../src/objects/${o.name}.object.js` })),
    { kind: 'import', names: ['stack'], from: '../src/index.js' },
    { kind: 'blank' },
    exprStmt(call('describe', lit(`${identity.name}`), arrow(cases))),
  ];
}

/** The framework to emit tests for, or null for none; Python always uses pytest. */
export function jsTesting(request: CodeGenerationRequest): JsTesting | null {
  if (request.options && !request.options.generateTests) return null;
  const testing = request.framework?.testing ?? 'vitest';
  return testing === 'none' ? null : testing;
}
