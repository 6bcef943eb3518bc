/*
 * The small syntax tree the code printer understands. Emitters build trees instead of
 * concatenating strings, so indentation, quotes, semicolons and trailing commas follow the
 * request's style everywhere, in TypeScript, JavaScript and Python alike.
 */

export type Expr =
  | { kind: 'literal'; value: string | number | boolean | null }
  | { kind: 'array'; items: Expr[] }
  | { kind: 'object'; entries: { key: string; value: Expr }[] }
  | { kind: 'ref'; name: string }
  | { kind: 'member'; object: Expr; property: string }
  | { kind: 'index'; object: Expr; key: Expr }
  | { kind: 'call'; callee: Expr; args: Expr[] }
  | { kind: 'binary'; left: Expr; op: '==' | '===' | '!=' | '!==' | '>' | '<' | '>=' | '<=' | 'in'; right: Expr }
  | { kind: 'arrow'; params: string[]; body: Stmt[]; async?: boolean }
  /** TypeScript `expr satisfies Type`; other languages print the bare expression. */
  | { kind: 'satisfies'; expr: Expr; type: string };

export type Stmt =
  | { kind: 'comment'; text: string }
  | { kind: 'blank' }
  /** JS/TS `import { a } from 'x'` (typeOnly: `import type`); Python `from x import a`. */
  | { kind: 'import'; names: string[]; from: string; typeOnly?: boolean }
  /** TS type alias; dropped in JavaScript and Python. */
  | { kind: 'type'; name: string; type: string; exported?: boolean }
  | { kind: 'const'; name: string; value: Expr; exported?: boolean; type?: string }
  | { kind: 'export-default'; value: Expr }
  | { kind: 'expr'; expr: Expr }
  | { kind: 'return'; value: Expr }
  /** Python `assert`; in JS/TS an `expr` statement should be used instead. */
  | { kind: 'assert'; test: Expr }
  | { kind: 'function'; name: string; params: { name: string; type?: string }[]; returnType?: string; body: Stmt[]; exported?: boolean };

export const lit = (value: string | number | boolean | null): Expr => ({ kind: 'literal', value });
export const ref = (name: string): Expr => ({ kind: 'ref', name });
export const member = (object: Expr, property: string): Expr => ({ kind: 'member', object, property });
export const call = (callee: Expr | string, ...args: Expr[]): Expr => ({ kind: 'call', callee: typeof callee === 'string' ? ref(callee) : callee, args });
export const arrow = (body: Stmt[], params: string[] = []): Expr => ({ kind: 'arrow', params, body });
export const exprStmt = (expr: Expr): Stmt => ({ kind: 'expr', expr });

/** JSON-like data (metadata definitions, records) as an expression tree; undefined values are dropped. */
export function fromValue(value: unknown): Expr {
  if (value === null || value === undefined) return lit(null);
  if (Array.isArray(value)) return { kind: 'array', items: value.filter((v) => v !== undefined).map(fromValue) };
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([key, v]) => ({ key, value: fromValue(v) }));
    return { kind: 'object', entries };
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return lit(value);
  throw new Error(`fromValue: cannot print a ${typeof value}`);
}
