// AI low-code generation: what the user asks for and what the generator returns.
// docs/protocol.md section 5, rules R8 and R9. Whether generated low-code files are valid
// ObjectStack metadata is checked by the generator against @objectstack/spec, not here.
import { z } from 'zod';
import { type DependentField, isMissing, percent, score } from './common';

export const PluginTypeSchema = z.enum([
  'driver',
  'app',
  'widget',
  'integration',
  'automation',
  'analytics',
  'ai-agent',
  'custom',
]);
export type PluginType = z.infer<typeof PluginTypeSchema>;

export const OutputFormatSchema = z.enum(['source-code', 'low-code-schema', 'dsl']);
export type OutputFormat = z.infer<typeof OutputFormatSchema>;

export const CodeLanguageSchema = z.enum(['typescript', 'javascript', 'python']);
export type CodeLanguage = z.infer<typeof CodeLanguageSchema>;

export const LowCodeSchemaTypeSchema = z.enum(['object', 'view', 'dashboard', 'app', 'workflow', 'api', 'page']);
export type LowCodeSchemaType = z.infer<typeof LowCodeSchemaTypeSchema>;

/** R8: the options that belong to one output format. */
export const CODEGEN_DEPENDENT_FIELDS = [
  { rule: 'R8', field: 'language', when: 'outputFormat', is: ['source-code'] },
  { rule: 'R8', field: 'style', when: 'outputFormat', is: ['source-code'] },
  { rule: 'R8', field: 'schemaOptions', when: 'outputFormat', is: ['low-code-schema'] },
] as const satisfies readonly (DependentField & { field: 'style' | 'language' | 'schemaOptions'; is: readonly OutputFormat[] })[];

export const CodeGenerationRequestSchema = z
  .object({
    description: z.string().describe('What the user wants, in natural language'),
    pluginType: PluginTypeSchema.describe('Kind of plugin to generate'),
    outputFormat: OutputFormatSchema.default('source-code').describe('Form the result takes'),
    // No schema default: R8 gives `typescript` to source-code requests only (see the transform).
    language: CodeLanguageSchema.optional().describe('Programming language, for source-code; typescript if unset'),
    framework: z
      .object({
        runtime: z.enum(['node', 'browser', 'edge', 'universal']).optional().describe('Where the code runs'),
        uiFramework: z.enum(['react', 'vue', 'svelte', 'none']).optional().describe('UI library to use'),
        testing: z.enum(['vitest', 'jest', 'mocha', 'none']).optional().describe('Test framework to use'),
      })
      .optional()
      .describe('Frameworks to target'),
    capabilities: z.array(z.string()).optional().describe('Capabilities the plugin needs'),
    dependencies: z.array(z.string()).optional().describe('Packages the plugin may depend on'),
    examples: z
      .array(
        z.object({
          input: z.string().describe('Example input'),
          expectedOutput: z.string().describe('What the plugin should produce for it'),
          description: z.string().optional().describe('What the example shows'),
        }),
      )
      .optional()
      .describe('Examples of the expected behaviour'),
    style: z
      .object({
        indentation: z.enum(['tab', '2spaces', '4spaces']).default('2spaces').describe('Indentation'),
        quotes: z.enum(['single', 'double']).default('single').describe('Quote style for strings'),
        semicolons: z.boolean().default(true).describe('End statements with semicolons'),
        trailingComma: z.boolean().default(true).describe('Add trailing commas'),
      })
      .optional()
      .describe('Code style, for source-code only'),
    schemaOptions: z
      .object({
        format: z.enum(['json', 'yaml', 'typescript']).default('typescript').describe('File format of the schemas'),
        includeExamples: z.boolean().default(true).describe('Include example records'),
        strictValidation: z.boolean().default(true).describe('Validate the schemas strictly'),
        generateUI: z.boolean().default(true).describe('Generate views, dashboards and pages'),
        generateDataModels: z.boolean().default(true).describe('Generate objects and their fields'),
      })
      .optional()
      .describe('Low-code schema options, for low-code-schema only'),
    context: z
      .object({
        existingCode: z.string().optional().describe('Code the result should fit into'),
        documentationUrls: z.array(z.string()).optional().describe('Documentation to take into account'),
        referencePlugins: z.array(z.string()).optional().describe('Plugins to take as a model'),
      })
      .optional()
      .describe('Material the generator should know about'),
    options: z
      .object({
        generateTests: z.boolean().default(true).describe('Generate tests'),
        generateDocs: z.boolean().default(true).describe('Generate documentation'),
        generateExamples: z.boolean().default(true).describe('Generate usage examples'),
        targetCoverage: percent('Test coverage to aim for').default(80),
        optimizationLevel: z.enum(['none', 'basic', 'aggressive']).default('basic').describe('How hard to optimize'),
      })
      .optional()
      .describe('What to generate besides the code'),
  })
  .superRefine((request, ctx) => {
    // R8: options of another output format are a mistake, not something to ignore.
    for (const { field, when, is } of CODEGEN_DEPENDENT_FIELDS) {
      if (request[field] === undefined || (is as readonly OutputFormat[]).includes(request.outputFormat)) continue;
      ctx.addIssue({ code: 'custom', path: [field], message: `${field} is only allowed when ${when} is ${is.join(' or ')}` });
    }
  })
  .transform((request) =>
    request.outputFormat === 'source-code' && request.language === undefined
      ? { ...request, language: 'typescript' as const }
      : request,
  )
  .describe('A request to generate a plugin');
export type CodeGenerationRequest = z.infer<typeof CodeGenerationRequestSchema>;
export type CodeGenerationRequestInput = z.input<typeof CodeGenerationRequestSchema>;

const FileSchema = z.object({
  path: z.string().describe('Path of the file in the package'),
  content: z.string().describe('Text of the file'),
  description: z.string().optional().describe('What the file is for'),
});

export const GeneratedCodeSchema = z
  .object({
    outputFormat: OutputFormatSchema.describe('Form the result takes'),
    code: z.string().optional().describe('Main source code, for source-code output'),
    language: z.string().optional().describe('Language of the code, for source-code output'),
    schemas: z
      .array(
        z.object({
          type: LowCodeSchemaTypeSchema.describe('Kind of metadata'),
          path: z.string().describe('Path of the schema file'),
          content: z.string().describe('The metadata as JSON, YAML or TypeScript text'),
          description: z.string().optional().describe('What the schema defines'),
        }),
      )
      .optional()
      .describe('ObjectStack metadata files, for low-code-schema output'),
    files: z.array(FileSchema).describe('Files of the generated package'),
    tests: z
      .array(
        z.object({
          path: z.string().describe('Path of the test file'),
          content: z.string().describe('Text of the test file'),
          coverage: percent('Coverage the test reaches').optional(),
        }),
      )
      .optional()
      .describe('Generated tests'),
    documentation: z
      .object({
        readme: z.string().optional().describe('README text'),
        api: z.string().optional().describe('API reference text'),
        usage: z.string().optional().describe('Usage guide text'),
      })
      .optional()
      .describe('Generated documentation'),
    package: z
      .object({
        name: z.string().describe('Package name'),
        version: z.string().describe('Package version'),
        dependencies: z.record(z.string(), z.string()).optional().describe('Runtime dependencies and versions'),
        devDependencies: z.record(z.string(), z.string()).optional().describe('Development dependencies and versions'),
      })
      .optional()
      .describe('Package manifest'),
    quality: z
      .object({
        complexity: z.number().optional().describe('Complexity score'),
        maintainability: score('Maintainability score').optional(),
        testCoverage: percent('Test coverage').optional(),
        lintScore: score('Lint score').optional(),
      })
      .optional()
      .describe('Quality measures of the result'),
    confidence: percent('How sure the generator is of the result'),
    suggestions: z.array(z.string()).optional().describe('Ideas for improving the result'),
    warnings: z.array(z.string()).optional().describe('Things to check before using the result'),
  })
  .superRefine((result, ctx) => {
    // R9: each output format needs its own payload.
    if (result.outputFormat === 'source-code') {
      for (const field of ['code', 'language'] as const) {
        if (isMissing(result[field])) {
          ctx.addIssue({ code: 'custom', path: [field], message: `${field} is required when outputFormat is source-code` });
        }
      }
    }
    if (result.outputFormat === 'low-code-schema' && !result.schemas?.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['schemas'],
        message: 'schemas must hold at least one schema when outputFormat is low-code-schema',
      });
    }
  })
  .describe('What the generator returns');
export type GeneratedCode = z.infer<typeof GeneratedCodeSchema>;
