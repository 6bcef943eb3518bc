// The options of a CodeGenerationRequest the page offers, and how they become a request that
// respects R8: schema options only for low-code output, language only for source code.
import type { CodeGenerationRequest, CodeGenerationRequestInput, CodeLanguage, OutputFormat, PluginType } from '@/schemas';

type SchemaFormat = NonNullable<CodeGenerationRequest['schemaOptions']>['format'];

export interface GeneratorOptions {
  pluginType: PluginType;
  outputFormat: OutputFormat;
  schemaFormat: SchemaFormat;
  language: CodeLanguage;
  generateUI: boolean;
  generateDataModels: boolean;
  includeExamples: boolean;
}

/** What the page calls each choice, in the order it offers them. */
export const OUTPUT_FORMAT_LABELS: Record<OutputFormat, string> = { 'low-code-schema': 'Low-code schemas', 'source-code': 'Plugin source code', dsl: 'DSL' };
export const SCHEMA_FORMAT_LABELS: Record<SchemaFormat, string> = { typescript: 'TypeScript', json: 'JSON', yaml: 'YAML' };
export const LANGUAGE_LABELS: Record<CodeLanguage, string> = { typescript: 'TypeScript', javascript: 'JavaScript', python: 'Python' };

export const DEFAULT_OPTIONS: GeneratorOptions = {
  pluginType: 'app',
  outputFormat: 'low-code-schema',
  schemaFormat: 'typescript',
  language: 'typescript',
  generateUI: true,
  generateDataModels: true,
  includeExamples: true,
};

export function buildRequest(description: string, o: GeneratorOptions): CodeGenerationRequestInput {
  const base = { description, pluginType: o.pluginType, outputFormat: o.outputFormat };
  if (o.outputFormat === 'low-code-schema') {
    return {
      ...base,
      schemaOptions: { format: o.schemaFormat, generateUI: o.generateUI, generateDataModels: o.generateDataModels, includeExamples: o.includeExamples },
    };
  }
  if (o.outputFormat === 'source-code') return { ...base, language: o.language, options: { generateExamples: o.includeExamples } };
  return base;
}

/** The options a stored request was made with, so re-opening a generation restores them. */
export function optionsFromRequest(request: CodeGenerationRequestInput): GeneratorOptions {
  const s = request.schemaOptions;
  return {
    pluginType: request.pluginType,
    outputFormat: request.outputFormat ?? 'source-code',
    schemaFormat: s?.format ?? DEFAULT_OPTIONS.schemaFormat,
    language: request.language ?? DEFAULT_OPTIONS.language,
    generateUI: s?.generateUI ?? true,
    generateDataModels: s?.generateDataModels ?? true,
    includeExamples: s?.includeExamples ?? request.options?.generateExamples ?? true,
  };
}
