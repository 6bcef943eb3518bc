import { describe, expect, it } from 'vitest';
import {
  CodeGenerationRequestSchema,
  CodeLanguageSchema,
  GeneratedCodeSchema,
  LowCodeSchemaTypeSchema,
  OutputFormatSchema,
  PluginTypeSchema,
} from './codegen';
import { accepts, checkBound, checkEnum, issuePaths, messageAt, parseTwice } from './test-utils';

const request = { description: 'A CRM with accounts and contacts', pluginType: 'app' };
const lowCode = { ...request, outputFormat: 'low-code-schema' };
const sourceResult = { outputFormat: 'source-code', code: 'export {}', language: 'typescript', files: [], confidence: 70 };
const lowCodeResult = {
  outputFormat: 'low-code-schema',
  schemas: [{ type: 'object', path: 'objects/account.json', content: '{"name":"account"}' }],
  files: [{ path: 'objects/account.json', content: '{"name":"account"}' }],
  confidence: 90,
};

describe('CodeGenerationRequestSchema', () => {
  it('applies defaults, with typescript for source-code', () => {
    expect(CodeGenerationRequestSchema.parse(request)).toEqual({
      ...request,
      outputFormat: 'source-code',
      language: 'typescript',
    });
    expect(CodeGenerationRequestSchema.parse({ ...request, style: {}, options: {} })).toMatchObject({
      style: { indentation: '2spaces', quotes: 'single', semicolons: true, trailingComma: true },
      options: {
        generateTests: true,
        generateDocs: true,
        generateExamples: true,
        targetCoverage: 80,
        optimizationLevel: 'basic',
      },
    });
    expect(CodeGenerationRequestSchema.parse({ ...lowCode, schemaOptions: {} }).schemaOptions).toEqual({
      format: 'typescript',
      includeExamples: true,
      strictValidation: true,
      generateUI: true,
      generateDataModels: true,
    });
  });

  it('requires description and pluginType', () => {
    expect(issuePaths(CodeGenerationRequestSchema, {})).toEqual(['description', 'pluginType']);
  });

  it.each([
    ['options.targetCoverage', 0, -1],
    ['options.targetCoverage', 100, 101],
  ])('bound of %s: %s passes, %s fails', (path, ok, bad) => {
    expect(checkBound(CodeGenerationRequestSchema, request, path, ok, bad)).toEqual({ ok: [], bad: [path] });
  });

  it.each([
    ['pluginType', ['driver', 'app', 'widget', 'integration', 'automation', 'analytics', 'ai-agent', 'custom']],
    ['language', ['typescript', 'javascript', 'python']],
    ['framework.runtime', ['node', 'browser', 'edge', 'universal']],
    ['framework.uiFramework', ['react', 'vue', 'svelte', 'none']],
    ['framework.testing', ['vitest', 'jest', 'mocha', 'none']],
    ['style.indentation', ['tab', '2spaces', '4spaces']],
    ['style.quotes', ['single', 'double']],
    ['options.optimizationLevel', ['none', 'basic', 'aggressive']],
  ])('enum %s takes exactly %o', (path, values) => {
    expect(checkEnum(CodeGenerationRequestSchema, request, path, values)).toEqual({ refused: [], wrong: [path] });
  });

  it.each([
    ['outputFormat', ['source-code', 'low-code-schema', 'dsl']],
    ['schemaOptions.format', ['json', 'yaml', 'typescript']],
  ])('enum %s takes exactly %o (low-code request)', (path, values) => {
    const base = { ...lowCode, schemaOptions: {} };
    const doc = path === 'outputFormat' ? lowCode : base;
    expect(checkEnum(CodeGenerationRequestSchema, doc, path, values)).toEqual({ refused: [], wrong: [path] });
  });

  it('exports its enums', () => {
    expect(PluginTypeSchema.options).toHaveLength(8);
    expect(OutputFormatSchema.options).toEqual(['source-code', 'low-code-schema', 'dsl']);
    expect(CodeLanguageSchema.options).toEqual(['typescript', 'javascript', 'python']);
  });

  describe('R8: options belong to their output format', () => {
    it('keeps an explicit language for source-code', () => {
      expect(CodeGenerationRequestSchema.parse({ ...request, language: 'python' }).language).toBe('python');
    });

    it.each(['low-code-schema', 'dsl'])('leaves language absent for %s', (outputFormat) => {
      expect(CodeGenerationRequestSchema.parse({ ...request, outputFormat })).not.toHaveProperty('language');
    });

    it.each([
      ['low-code-schema', 'language', 'typescript', 'source-code'],
      ['dsl', 'style', {}, 'source-code'],
      ['source-code', 'schemaOptions', {}, 'low-code-schema'],
      ['dsl', 'schemaOptions', {}, 'low-code-schema'],
    ])('rejects, for %s, %s', (outputFormat, field, value, owner) => {
      const doc = { ...request, outputFormat, [field]: value };
      expect(issuePaths(CodeGenerationRequestSchema, doc)).toEqual([field]);
      expect(messageAt(CodeGenerationRequestSchema, doc, field)).toBe(`${field} is only allowed when outputFormat is ${owner}`);
    });

    it('accepts each format with its own options', () => {
      expect(accepts(CodeGenerationRequestSchema, { ...request, language: 'javascript', style: { quotes: 'double' } })).toBe(
        true,
      );
      expect(accepts(CodeGenerationRequestSchema, { ...lowCode, schemaOptions: { format: 'yaml' } })).toBe(true);
    });
  });

  it.each([
    ['source-code', request],
    ['low-code-schema', { ...lowCode, schemaOptions: {}, options: {} }],
    ['dsl', { ...request, outputFormat: 'dsl', context: { documentationUrls: ['https://docs.example.com'] } }],
  ])('parses a %s request idempotently', (_format, doc) => {
    const [once, twice] = parseTwice(CodeGenerationRequestSchema, doc);
    expect(twice).toEqual(once);
  });
});

describe('GeneratedCodeSchema', () => {
  it('accepts complete results unchanged', () => {
    expect(GeneratedCodeSchema.parse(sourceResult)).toEqual(sourceResult);
    expect(GeneratedCodeSchema.parse(lowCodeResult)).toEqual(lowCodeResult);
    expect(accepts(GeneratedCodeSchema, { outputFormat: 'dsl', files: [], confidence: 50 })).toBe(true);
  });

  it('requires outputFormat, files and confidence', () => {
    expect(issuePaths(GeneratedCodeSchema, {})).toEqual(['outputFormat', 'files', 'confidence']);
  });

  it.each([
    ['confidence', 0, -1],
    ['confidence', 100, 101],
    ['quality.maintainability', 100, 101],
    ['quality.testCoverage', 0, -1],
    ['quality.lintScore', 100, 100.5],
  ])('bound of %s: %s passes, %s fails', (path, ok, bad) => {
    expect(checkBound(GeneratedCodeSchema, sourceResult, path, ok, bad)).toEqual({ ok: [], bad: [path] });
  });

  it('bounds test coverage', () => {
    const base = { ...sourceResult, tests: [{ path: 'a.test.ts', content: '' }] };
    expect(checkBound(GeneratedCodeSchema, base, 'tests.0.coverage', 100, 101)).toEqual({ ok: [], bad: ['tests.0.coverage'] });
  });

  it('takes exactly the protocol low-code schema types', () => {
    const values = ['object', 'view', 'dashboard', 'app', 'workflow', 'api', 'page'];
    expect(LowCodeSchemaTypeSchema.options).toEqual(values);
    expect(checkEnum(GeneratedCodeSchema, lowCodeResult, 'schemas.0.type', values)).toEqual({
      refused: [],
      wrong: ['schemas.0.type'],
    });
    expect(checkEnum(GeneratedCodeSchema, sourceResult, 'outputFormat', ['source-code'])).toEqual({
      refused: [],
      wrong: ['outputFormat'],
    });
  });

  describe('R9: each output format has its payload', () => {
    it.each([
      [{ code: undefined }, ['code']],
      [{ language: '' }, ['language']],
      [{ code: '  ', language: ' ' }, ['code', 'language']],
    ])('source-code with %o fails on %o', (change, paths) => {
      const doc = { ...sourceResult, ...change };
      expect(issuePaths(GeneratedCodeSchema, doc)).toEqual(paths);
      expect(messageAt(GeneratedCodeSchema, doc, paths[0])).toBe(`${paths[0]} is required when outputFormat is source-code`);
    });

    it.each([{ schemas: undefined }, { schemas: [] }])('low-code-schema with %o fails on schemas', (change) => {
      const doc = { ...lowCodeResult, ...change };
      expect(issuePaths(GeneratedCodeSchema, doc)).toEqual(['schemas']);
      expect(messageAt(GeneratedCodeSchema, doc, 'schemas')).toBe(
        'schemas must hold at least one schema when outputFormat is low-code-schema',
      );
    });
  });

  it('parses idempotently', () => {
    for (const doc of [sourceResult, lowCodeResult]) {
      const [once, twice] = parseTwice(GeneratedCodeSchema, {
        ...doc,
        package: { name: 'crm', version: '0.1.0', dependencies: { zod: '^4.0.0' } },
        documentation: { readme: '# CRM' },
        quality: { complexity: 3 },
        suggestions: ['Add tests'],
      });
      expect(twice).toEqual(once);
    }
  });
});
