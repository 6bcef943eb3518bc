/*
 * An ObjectStack plugin package in Python: pyproject.toml, one module per definition holding
 * it as a plain dict (no dataclasses, no pydantic), an entry module assembling the stack, and
 * pytest tests. ObjectStack loads TypeScript/JSON metadata, so this is an approximation that
 * the warnings say out loud.
 */
import type { CodeGenerationRequest } from '@/schemas';
import type { GeneratedFile } from '@/lib/generator/types';
import type { MetadataBundle } from '@/lib/generator/metadata/spec-types';
import { call, fromValue, lit, ref, type Expr, type Stmt } from '@/lib/generator/printer/ast';
import { printModule } from '@/lib/generator/printer/print-code';
import type { CodeStyle } from '@/lib/generator/printer/style';
import { listDefinitions, type Definition } from './list-definitions';
import { SPEC_VERSION, type PackageIdentity } from './package-identity';
import type { EmittedPackage } from './emit-js-package';

export function emitPythonPackage(bundle: MetadataBundle, identity: PackageIdentity, request: CodeGenerationRequest, style: CodeStyle): EmittedPackage {
  // PEP 8's four spaces unless the request set a style of its own.
  const pyStyle: CodeStyle = request.style ? style : { ...style, indent: '    ' };
  const print = (statements: Stmt[]) => printModule(statements, 'python', pyStyle);
  const root = `src/${identity.moduleName}`;
  const definitions = listDefinitions(bundle);
  const constName = (d: Definition) => `${d.name}_${d.kind}`.toUpperCase();
  const warnings = [
    `Python output is an approximation: @objectstack/spec is a TypeScript package, so the definitions are plain dicts that no type checker verifies against it (the generator checked the same metadata against the spec before printing). The platform loads TypeScript or JSON metadata: export with ${identity.moduleName}.to_json().`,
  ];
  if (request.style?.semicolons) warnings.push('Semicolons and trailing-comma rules of the requested style only partly apply to Python: statements end without semicolons.');

  const files: GeneratedFile[] = definitions.map((d) => ({
    path: `${root}/${d.collection}/${d.name}.py`,
    content: print([{ kind: 'comment', text: d.description }, { kind: 'const', name: constName(d), value: fromValue(d.value) }]),
    description: d.description,
  }));
  const collections = [...new Set(definitions.map((d) => d.collection))];
  for (const c of collections) files.push({ path: `${root}/${c}/__init__.py`, content: '', description: `The ${c} package` });

  const listOf = (c: string): Expr => ({ kind: 'array', items: definitions.filter((d) => d.collection === c).map((d) => ref(constName(d))) });
  const stackEntries = [
    { key: 'manifest', value: ref('MANIFEST') },
    ...collections.map((c) => ({ key: c === 'seeds' ? 'data' : c, value: ref(c.toUpperCase()) })),
  ];
  const code = print([
    { kind: 'comment', text: `${identity.description}\nObjectStack metadata of the plugin as plain Python data.` },
    { kind: 'import', names: ['dumps'], from: 'json' },
    ...definitions.map((d): Stmt => ({ kind: 'import', names: [constName(d)], from: `.${d.collection}.${d.name}` })),
    { kind: 'blank' },
    {
      kind: 'const',
      name: 'MANIFEST',
      value: fromValue({ id: identity.manifestId, name: identity.moduleName, version: identity.version, type: identity.manifestType, description: identity.description }),
    },
    ...collections.map((c): Stmt => ({ kind: 'const', name: c.toUpperCase(), value: listOf(c) })),
    { kind: 'const', name: 'STACK', value: { kind: 'object', entries: stackEntries } },
    { kind: 'blank' },
    { kind: 'blank' },
    {
      kind: 'function',
      name: 'to_json',
      params: [],
      body: [
        { kind: 'comment', text: 'The stack as JSON, the form the ObjectStack runtime loads.' },
        { kind: 'return', value: call('dumps', ref('STACK'), ref('indent=2')) },
      ],
    },
  ]);
  files.unshift({ path: `${root}/__init__.py`, content: code, description: 'Entry module: assembles the stack' });

  const tests: EmittedPackage['tests'] = [];
  if (!request.options || request.options.generateTests) {
    const testing = request.framework?.testing;
    if (testing && testing !== 'none') warnings.push(`Tests use pytest: '${testing}' is a JavaScript test framework.`);
    const path = `tests/test_${identity.moduleName}.py`;
    const content = print(pythonTests(definitions, identity, constName));
    tests.push({ path, content });
    files.push({ path, content, description: 'pytest tests' });
  }
  const pkg = { name: identity.name, version: identity.version, dependencies: {}, devDependencies: { pytest: '>=8' } };
  files.unshift({ path: 'pyproject.toml', content: pyproject(identity), description: 'Package manifest' });
  return { files, code, tests, package: pkg, warnings };
}

function pythonTests(definitions: Definition[], identity: PackageIdentity, constName: (d: Definition) => string): Stmt[] {
  const objects = definitions.filter((d) => d.kind === 'object');
  const index = (object: Expr, key: string): Expr => ({ kind: 'index', object, key: lit(key) });
  return [
    { kind: 'import', names: ['STACK', 'to_json'], from: identity.moduleName },
    ...objects.map((o): Stmt => ({ kind: 'import', names: [constName(o)], from: `${identity.moduleName}.objects.${o.name}` })),
    { kind: 'blank' },
    { kind: 'blank' },
    {
      kind: 'function',
      name: 'test_stack_manifest',
      params: [],
      body: [
        { kind: 'assert', test: { kind: 'binary', left: index(index(ref('STACK'), 'manifest'), 'id'), op: '==', right: lit(identity.manifestId) } },
        { kind: 'assert', test: call('isinstance', call('to_json'), ref('str')) },
      ],
    },
    ...objects.flatMap((o): Stmt[] => [
      { kind: 'blank' },
      { kind: 'blank' },
      {
        kind: 'function',
        name: `test_${o.name}_fields`,
        params: [],
        body: [
          { kind: 'assert', test: { kind: 'binary', left: index(ref(constName(o)), 'name'), op: '==', right: lit(o.name) } },
          {
            kind: 'assert',
            test: { kind: 'binary', left: call('list', index(ref(constName(o)), 'fields')), op: '==', right: fromValue(Object.keys((o.value as { fields: object }).fields)) },
          },
        ],
      },
    ]),
  ];
}

function pyproject(identity: PackageIdentity): string {
  const s = (text: string) => JSON.stringify(text);
  return [
    '[build-system]',
    'requires = ["setuptools>=68"]',
    'build-backend = "setuptools.build_meta"',
    '',
    '[project]',
    `name = ${s(identity.name)}`,
    `version = ${s(identity.version)}`,
    `description = ${s(identity.description)}`,
    'requires-python = ">=3.10"',
    `keywords = ["objectstack", "objectstack-plugin", "objectstack-spec-${SPEC_VERSION}"]`,
    '',
    '[project.optional-dependencies]',
    'test = ["pytest>=8"]',
    '',
    '[tool.pytest.ini_options]',
    'pythonpath = ["src"]',
    '',
  ].join('\n');
}
