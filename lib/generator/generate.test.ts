import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import JSZip from 'jszip';
import { GeneratedCodeSchema, type CodeGenerationRequestInput } from '@/schemas';
import { ApiError } from '@/lib/errors';
import { generate } from './generate';
import { generateFromDsl } from './generate-from-dsl';
import { zipGeneratedCode } from './zip-generated-code';
import { parseDsl, DslParseError } from './dsl/parse-dsl';
import { understandPrompt } from './understand/understand-prompt';
import { validateArtifact, type ArtifactKind } from './metadata/validate-artifact';
import type { GenerationStep } from './steps';

const CRM = 'a CRM with accounts, contacts and deals; deals have an amount, a stage and a close date and belong to an account';
const base = { description: CRM, pluginType: 'app' } as const;
const builtin = { provider: 'builtin' } as const;

async function rejection(request: unknown): Promise<ApiError> {
  try {
    await generate(request as CodeGenerationRequestInput, builtin);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected generate() to reject');
}

describe('generate(): the request (R8)', () => {
  it.each([
    [{ ...base, outputFormat: 'low-code-schema', style: { quotes: 'double' } }, 'style'],
    [{ ...base, outputFormat: 'dsl', language: 'python' }, 'language'],
    [{ ...base, outputFormat: 'source-code', schemaOptions: { format: 'json' } }, 'schemaOptions'],
    [{ description: CRM }, 'pluginType'],
    [{ ...base, outputFormat: 'pdf' }, 'outputFormat'],
  ])('rejects %j at %s', async (request, path) => {
    const error = await rejection(request);
    expect(error.status).toBe(400);
    expect(error.issues.map((i) => i.path)).toContain(path);
  });

  it('turns a description with nothing to build into a 422 with suggestions', async () => {
    const error = await rejection({ description: 'make it pop', pluginType: 'app' });
    expect(error).toMatchObject({ status: 422, code: 'nothing_to_generate' });
    expect((error.details?.suggestions as string[] | undefined)?.length).toBeGreaterThan(0);
  });

  it('refuses a description in German with unsupported_language, naming the language', async () => {
    const error = await rejection({ description: 'Wir brauchen eine App für unsere Zahnarztpraxis mit Patienten und Terminen.', pluginType: 'app' });
    expect(error).toMatchObject({ status: 422, code: 'unsupported_language' });
    expect(error.message).toContain('German');
  });

  it('reports progress steps in order, each started and finished', async () => {
    const steps: GenerationStep[] = [];
    await generate(base, { ...builtin, onStep: (s) => steps.push(s) });
    const finished = steps.filter((s) => s.status !== 'running').map((s) => `${s.id}:${s.status}`);
    expect(finished).toEqual(['request:done', 'understand:done', 'check-model:done', 'build:done', 'validate:done', 'result:done']);
    expect(steps.find((s) => s.id === 'validate' && s.status === 'done')?.detail).toMatch(/artifacts valid/);
  });
});

describe('generate(): low-code-schema', () => {
  const lowCode = (schemaOptions: Record<string, unknown> = {}) => generate({ ...base, outputFormat: 'low-code-schema', schemaOptions }, builtin);
  const kindOf = (type: string): ArtifactKind => type as ArtifactKind;

  it.each([
    ['json', (text: string) => JSON.parse(text) as unknown],
    ['yaml', (text: string) => parseYaml(text) as unknown],
  ])('%s: every schema parses back and passes @objectstack/spec', async (format, parse) => {
    const result = await lowCode({ format });
    expect(result.schemas!.map((s) => s.type).sort()).toEqual(['app', 'dashboard', 'object', 'object', 'object', 'view', 'view', 'view']);
    for (const s of result.schemas!) expect(validateArtifact(kindOf(s.type), parse(s.content)).issues, s.path).toEqual([]);
    expect(result.files.map((f) => f.path)).toContain(`src/data/deal.seed.${format === 'json' ? 'json' : 'yml'}`);
  });

  it('typescript: typed modules exporting each definition', async () => {
    const result = await lowCode();
    const deal = result.schemas!.find((s) => s.path === 'src/objects/deal.object.ts')!;
    expect(deal.content).toMatch(/^import type \{ ServiceObjectInput \} from '@objectstack\/spec\/data';/);
    expect(deal.content).toContain('} satisfies ServiceObjectInput;\n\nexport default dealObject;');
    const dashboard = result.schemas!.find((s) => s.type === 'dashboard')!;
    expect(dashboard.content).toContain('satisfies DashboardInput');
    expect(dashboard.content).toContain("dimensions: ['stage']");
  });

  it('honours generateUI, generateDataModels and includeExamples', async () => {
    const dataOnly = await lowCode({ generateUI: false, includeExamples: false });
    expect(dataOnly.schemas!.every((s) => s.type === 'object')).toBe(true);
    expect(dataOnly.files.map((f) => f.path)).toEqual(['app.dsl']);
    const uiOnly = await lowCode({ generateDataModels: false });
    expect(uiOnly.schemas!.some((s) => s.type === 'object')).toBe(false);
    expect(uiOnly.warnings!.join(' ')).toContain('must already exist');
    const error = await rejection({ ...base, outputFormat: 'low-code-schema', schemaOptions: { generateUI: false, generateDataModels: false } });
    expect(error.issues[0].path).toBe('schemaOptions');
  });

  it('metadata the spec rejects becomes a warning and lowers confidence, never a silent pass', async () => {
    const model = understandPrompt(CRM);
    const clean = await generate({ ...base, outputFormat: 'low-code-schema' }, { model });
    const deal = model.entities.find((e) => e.name === 'deal')!;
    deal.fields.find((f) => f.name === 'stage')!.options = [{ label: 'Hot', value: 'Hot' }];
    const broken = await generate({ ...base, outputFormat: 'low-code-schema' }, { model });
    expect(broken.warnings!.some((w) => w.startsWith('Invalid metadata: object deal: fields.stage.options'))).toBe(true);
    expect(broken.confidence).toBeLessThan(clean.confidence);
  });
});

describe('generate(): source-code', () => {
  it('typescript package: entry, config, typed modules, vitest tests, docs and package', async () => {
    const result = await generate(base, builtin);
    expect(result.language).toBe('typescript');
    expect(result.code).toContain('export const stack: ObjectStackDefinition = defineStack({');
    const paths = result.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['package.json', 'tsconfig.json', 'objectstack.config.ts', 'src/index.ts', 'src/objects/deal.object.ts', 'tests/crm.test.ts', 'README.md', 'docs/API.md', 'app.dsl']));
    expect(result.package).toMatchObject({ name: 'objectstack-plugin-crm', version: '0.1.0', dependencies: { '@objectstack/spec': '16.1.0' } });
    expect(result.tests![0].content).toContain("from 'vitest'");
    expect(result.documentation?.readme).toContain('## Objects');
  });

  it('applies the style: tabs, double quotes, no semicolons, no trailing commas', async () => {
    const result = await generate({ ...base, style: { indentation: 'tab', quotes: 'double', semicolons: false, trailingComma: false } }, builtin);
    const deal = result.files.find((f) => f.path === 'src/objects/deal.object.ts')!.content;
    expect(deal).toContain('\tname: "deal",');
    expect(deal).not.toMatch(/;$/m);
    expect(deal).not.toMatch(/,\n\s*[}\]]/);
  });

  it.each([
    ['jest', "from '@jest/globals'"],
    ['mocha', "from 'node:assert'"],
  ])('%s tests', async (testing, marker) => {
    const result = await generate({ ...base, framework: { testing: testing as 'jest' } }, builtin);
    expect(result.tests![0].content).toContain(marker);
    expect(JSON.parse(result.files.find((f) => f.path === 'package.json')!.content).devDependencies).toHaveProperty(testing);
  });

  it('no tests and no docs when asked', async () => {
    const result = await generate({ ...base, framework: { testing: 'none' }, options: { generateDocs: false } }, builtin);
    expect(result.tests).toEqual([]);
    expect(result.documentation).toBeUndefined();
    expect(result.files.some((f) => f.path === 'README.md')).toBe(false);
  });

  it('javascript package: .js modules without types', async () => {
    const result = await generate({ ...base, language: 'javascript' }, builtin);
    expect(result.language).toBe('javascript');
    expect(result.files.some((f) => f.path === 'tsconfig.json')).toBe(false);
    expect(result.files.find((f) => f.path === 'src/objects/deal.object.js')!.content).not.toContain('satisfies');
  });

  it('python package: pyproject, plain dict modules, pytest tests, and says what is approximate', async () => {
    const result = await generate({ ...base, language: 'python', framework: { testing: 'vitest' } }, builtin);
    expect(result.language).toBe('python');
    expect(result.files.map((f) => f.path)).toEqual(expect.arrayContaining(['pyproject.toml', 'src/crm/__init__.py', 'src/crm/objects/deal.py', 'tests/test_crm.py']));
    expect(result.files.find((f) => f.path === 'src/crm/objects/deal.py')!.content).toContain("DEAL_OBJECT = {\n    'name': 'deal',");
    expect(result.warnings!.join('\n')).toMatch(/approximation[\s\S]*pytest: 'vitest'/);
  });

  it('says which request fields it could not act on', async () => {
    const result = await generate({ ...base, pluginType: 'driver', framework: { uiFramework: 'react' }, capabilities: ['sql'] }, builtin);
    const warnings = result.warnings!.join('\n');
    expect(warnings).toContain("pluginType 'driver'");
    expect(warnings).toContain("Ignored framework.uiFramework 'react'");
    expect(warnings).toContain('Ignored capabilities (sql)');
  });
});

describe('generate(): dsl and generateFromDsl', () => {
  it('dsl output is the model in the notation, parseable again', async () => {
    const result = await generate({ ...base, outputFormat: 'dsl' }, builtin);
    expect(result.code).toContain('object deal');
    expect(parseDsl(result.code!).entities.map((e) => e.name)).toEqual(['account', 'contact', 'deal']);
  });

  it('generates any format from DSL text, and reports DSL errors with line:column', async () => {
    const text = 'app shop\nobject product\n  name: text required\n  price: currency\n';
    const result = await generateFromDsl(text, { description: 'shop', pluginType: 'app', outputFormat: 'low-code-schema', schemaOptions: { format: 'json' } });
    expect(JSON.parse(result.schemas!.find((s) => s.type === 'object')!.content).fields.price.type).toBe('currency');
    expect(result.confidence).toBe(95);
    await expect(generateFromDsl('object x\n  a: money', { description: '', pluginType: 'app' })).rejects.toSatisfy(
      (e) => e instanceof DslParseError && e.issues[0].path === '2:6' && e.status === 400,
    );
  });
});

describe('zipGeneratedCode', () => {
  it('zips schemas, tests and files under their paths', async () => {
    const result = await generate({ ...base, outputFormat: 'low-code-schema', schemaOptions: { format: 'json' } }, builtin);
    const zip = await JSZip.loadAsync(await zipGeneratedCode(result));
    const names = Object.keys(zip.files);
    expect(names).toEqual(expect.arrayContaining(['src/objects/deal.object.json', 'src/data/deal.seed.json', 'app.dsl']));
    expect(JSON.parse(await zip.file('src/objects/deal.object.json')!.async('string')).name).toBe('deal');
  });
});

describe('R9 on every result', () => {
  it.each(['source-code', 'low-code-schema', 'dsl'] as const)('%s passes GeneratedCodeSchema', async (outputFormat) => {
    const result = await generate({ ...base, outputFormat }, builtin);
    expect(GeneratedCodeSchema.safeParse(result).success).toBe(true);
  });
});
