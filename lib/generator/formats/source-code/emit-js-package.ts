/*
 * An ObjectStack plugin package in TypeScript or JavaScript (ES modules): package.json, an
 * objectstack config, one module per definition, an entry module that assembles and validates
 * the stack, tests for the requested framework and (when asked) docs. Every module goes
 * through the code printer, so the request's style applies to all of them.
 */
import type { CodeGenerationRequest, GeneratedCode } from '@/schemas';
import type { GeneratedFile } from '@/lib/generator/types';
import type { MetadataBundle } from '@/lib/generator/metadata/spec-types';
import { definitionModule } from '@/lib/generator/metadata/to-schema-files';
import { fromValue, ref, call, type Stmt } from '@/lib/generator/printer/ast';
import { printModule } from '@/lib/generator/printer/print-code';
import type { CodeStyle } from '@/lib/generator/printer/style';
import { listDefinitions, type Definition } from './list-definitions';
import { SPEC_VERSION, type PackageIdentity } from './package-identity';
import { jsTesting, testModule, type JsTesting } from './emit-js-tests';

export interface EmittedPackage {
  files: GeneratedFile[];
  code: string;
  tests: NonNullable<GeneratedCode['tests']>;
  package: NonNullable<GeneratedCode['package']>;
  warnings: string[];
}

const TEST_DEPENDENCIES: Record<JsTesting, Record<string, string>> = {
  vitest: { vitest: '^4.0.0' },
  jest: { jest: '^30.0.0', '@jest/globals': '^30.0.0', 'ts-jest': '^29.4.0' },
  mocha: { mocha: '^11.0.0', '@types/mocha': '^10.0.0', tsx: '^4.20.0' },
};

export function emitJsPackage(
  bundle: MetadataBundle,
  identity: PackageIdentity,
  request: CodeGenerationRequest,
  style: CodeStyle,
): EmittedPackage {
  const ts = request.language !== 'javascript';
  const ext = ts ? 'ts' : 'js';
  const language = ts ? 'typescript' : 'javascript';
  const print = (statements: Stmt[]) => printModule(statements, language, style);
  const definitions = listDefinitions(bundle);
  const warnings: string[] = [];

  const files: GeneratedFile[] = definitions.map((d) => ({
    path: `src/${d.collection}/${d.name}.${d.kind}.${ext}`,
    content: print(definitionModule(d.value, d.kind, d.constName)),
    description: d.description,
  }));
  const code = print(entryModule(definitions, identity));
  files.unshift({ path: `src/index.${ext}`, content: code, description: 'Entry module: assembles and validates the stack' });
  files.push({
    path: `objectstack.config.${ext}`,
    content: print([
      { kind: 'comment', text: 'Read by the ObjectStack CLI and runtime to load this plugin.' },
      { kind: 'import', names: ['stack'], from: './src/index.js' },
      { kind: 'blank' },
      { kind: 'export-default', value: ref('stack') },
    ]),
    description: 'ObjectStack configuration',
  });

  const testing = jsTesting(request);
  const tests: EmittedPackage['tests'] = [];
  if (testing) {
    const path = `tests/${identity.moduleName}.test.${ext}`;
    const content = print(testModule(definitions, identity, testing));
    tests.push({ path, content });
    files.push({ path, content, description: `${testing} tests` });
    if (testing === 'jest') {
      files.push({ path: 'jest.config.js', content: print(jestConfig(ts)), description: 'Jest configuration (ES modules)' });
      warnings.push('Jest runs ES modules only behind node --experimental-vm-modules; the test script sets it.');
    }
  }

  const pkg = {
    name: identity.name,
    version: identity.version,
    dependencies: { '@objectstack/spec': SPEC_VERSION },
    devDependencies: { ...(ts ? { typescript: '^5.9.0', '@types/node': '^20.0.0' } : {}), ...(testing ? TEST_DEPENDENCIES[testing] : {}) },
  };
  files.unshift({ path: 'package.json', content: packageJson(pkg, identity, ts, testing), description: 'Package manifest' });
  if (ts) files.splice(1, 0, { path: 'tsconfig.json', content: tsconfig(), description: 'TypeScript compiler settings' });
  return { files, code, tests, package: pkg, warnings };
}

function entryModule(definitions: Definition[], identity: PackageIdentity): Stmt[] {
  const collections = ['objects', 'views', 'apps', 'dashboards', 'datasets', 'seeds'] as const;
  const present = collections.filter((c) => definitions.some((d) => d.collection === c));
  return [
    { kind: 'import', names: ['defineStack'], from: '@objectstack/spec' },
    { kind: 'import', names: ['ObjectStackDefinition', 'ObjectStackDefinitionInput'], from: '@objectstack/spec', typeOnly: true },
    ...definitions.map((d): Stmt => ({ kind: 'import', names: [d.constName], from: `./${d.collection}/${d.name}.${d.kind}.js` })),
    { kind: 'blank' },
    {
      kind: 'const',
      name: 'manifest',
      exported: true,
      value: {
        kind: 'satisfies',
        type: "ObjectStackDefinitionInput['manifest']",
        expr: fromValue({ id: identity.manifestId, name: identity.moduleName, version: identity.version, type: identity.manifestType, description: identity.description }),
      },
    },
    ...present.map((c): Stmt => ({
      kind: 'const',
      name: c,
      exported: true,
      value: { kind: 'array', items: definitions.filter((d) => d.collection === c).map((d) => ref(d.constName)) },
    })),
    { kind: 'blank' },
    { kind: 'comment', text: 'defineStack validates every definition and cross-reference when the plugin loads.' },
    {
      kind: 'const',
      name: 'stack',
      exported: true,
      // Annotated: declaration emit can't name the spec's internal types on its own.
      type: 'ObjectStackDefinition',
      value: call(
        'defineStack',
        { kind: 'object', entries: [{ key: 'manifest', value: ref('manifest') }, ...present.map((c) => ({ key: c === 'seeds' ? 'data' : c, value: ref(c) }))] },
      ),
    },
    { kind: 'blank' },
    { kind: 'export-default', value: ref('stack') },
  ];
}

function jestConfig(ts: boolean): Stmt[] {
  const config = ts
    ? { preset: 'ts-jest/presets/default-esm', moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' }, testMatch: ['**/tests/**/*.test.ts'] }
    : { testMatch: ['**/tests/**/*.test.js'], transform: {} };
  return [{ kind: 'export-default', value: fromValue(config) }];
}

function packageJson(pkg: EmittedPackage['package'], identity: PackageIdentity, ts: boolean, testing: JsTesting | null): string {
  const testScript: Record<JsTesting, string> = {
    vitest: 'vitest run',
    jest: 'node --experimental-vm-modules node_modules/jest/bin/jest.js',
    mocha: ts ? "mocha --import=tsx 'tests/**/*.test.ts'" : "mocha 'tests/**/*.test.js'",
  };
  const scripts: Record<string, string> = {};
  if (ts) Object.assign(scripts, { build: 'tsc -p .', typecheck: 'tsc --noEmit -p .' });
  if (testing) scripts.test = testScript[testing];
  const manifest = {
    name: pkg.name,
    version: pkg.version,
    description: identity.description,
    type: 'module',
    main: ts ? 'dist/src/index.js' : 'src/index.js',
    ...(ts ? { types: 'dist/src/index.d.ts' } : {}),
    keywords: ['objectstack', 'objectstack-plugin'],
    scripts,
    dependencies: pkg.dependencies,
    devDependencies: pkg.devDependencies,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function tsconfig(): string {
  const config = {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      declaration: true,
      outDir: 'dist',
      skipLibCheck: true,
    },
    include: ['src', 'tests', 'objectstack.config.ts'],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
