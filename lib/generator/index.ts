/*
 * The app generator: a CodeGenerationRequest in, a GeneratedCode out. The built-in reader works
 * offline and deterministically; a configured OpenAI-compatible model can read instead. Every
 * artifact is checked against @objectstack/spec.
 */
export { generate, type GenerateOptions } from './generate';
export { generateFromDsl } from './generate-from-dsl';
export { refine, type Refinement } from './refine';
export { zipGeneratedCode } from './zip-generated-code';
export type { GenerationStep, StepId, StepStatus, OnStep } from './steps';
export type { FileDiff } from './refine/diff-files';
export { GeneratorProviderError, type ProviderErrorKind } from './providers/provider-error';
export { createOpenAICompatibleProvider, type OpenAICompatibleSettings } from './providers/openai-compatible';
export type { GeneratorProvider } from './providers/provider';
export { parseDsl, DslParseError, type DslError } from './dsl/parse-dsl';
export { printDsl } from './dsl/print-dsl';
export { understandPrompt } from './understand/understand-prompt';
export { buildMetadata, DEFAULT_METADATA_OPTIONS } from './metadata/build-metadata';
export { validateArtifact, type ArtifactKind, type ArtifactIssue, type ArtifactValidation } from './metadata/validate-artifact';
export { checkRecords } from './metadata/check-records';
export { toSchemaFiles, type SchemaFileFormat, type SchemaFiles } from './metadata/to-schema-files';
export type { MetadataBundle, MetadataOptions, NamedView, ObjectDef, ViewDef, AppDef, DashboardDef, DatasetDef, SeedDef } from './metadata/spec-types';
export type * from './types';
