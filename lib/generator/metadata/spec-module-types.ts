/*
 * How a generated TypeScript module types each kind of metadata with @objectstack/spec's own
 * exported types, so the compiler checks the definition against the spec. Views and
 * dashboards have no exported input type; they are typed through the stack definition
 * (whose collections may be arrays or maps, hence the Extract).
 */
import type { Stmt } from '@/lib/generator/printer/ast';

export type ModuleKind = 'object' | 'view' | 'app' | 'dashboard' | 'dataset' | 'seed';

interface ModuleType {
  imports: { names: string[]; from: string };
  /** A local alias declared in the module when the spec exports no ready-made type. */
  alias?: string;
  name: string;
}

const STACK = { names: ['ObjectStackDefinitionInput'], from: '@objectstack/spec' };

export const MODULE_TYPES: Record<ModuleKind, ModuleType> = {
  object: { imports: { names: ['ServiceObjectInput'], from: '@objectstack/spec/data' }, name: 'ServiceObjectInput' },
  seed: { imports: { names: ['SeedInput'], from: '@objectstack/spec/data' }, name: 'SeedInput' },
  app: { imports: { names: ['AppInput'], from: '@objectstack/spec/ui' }, name: 'AppInput' },
  dataset: { imports: { names: ['DatasetInput'], from: '@objectstack/spec/ui' }, name: 'DatasetInput' },
  view: { imports: STACK, alias: "Extract<NonNullable<ObjectStackDefinitionInput['views']>, readonly unknown[]>[number]", name: 'ViewInput' },
  dashboard: { imports: STACK, alias: "Extract<NonNullable<ObjectStackDefinitionInput['dashboards']>, readonly unknown[]>[number]", name: 'DashboardInput' },
};

/** The import and alias statements that bring a kind's type into a module. */
export function typeStatements(kind: ModuleKind): Stmt[] {
  const t = MODULE_TYPES[kind];
  const statements: Stmt[] = [{ kind: 'import', typeOnly: true, ...t.imports }];
  if (t.alias) statements.push({ kind: 'type', name: t.name, type: t.alias });
  return statements;
}
