/*
 * The built-in, offline app generator: English prompt → AppModel → ObjectStack metadata that
 * passes @objectstack/spec. No network, no model weights, deterministic.
 */
export { understandPrompt } from './understand/understand-prompt';
export { buildMetadata, DEFAULT_METADATA_OPTIONS } from './metadata/build-metadata';
export { validateArtifact, type ArtifactKind, type ArtifactIssue, type ArtifactValidation } from './metadata/validate-artifact';
export { checkRecords } from './metadata/check-records';
export { toSchemaFiles, type SchemaFileFormat, type SchemaFiles } from './metadata/to-schema-files';
export type { MetadataBundle, MetadataOptions, NamedView, ObjectDef, ViewDef, AppDef, DashboardDef, DatasetDef, SeedDef } from './metadata/spec-types';
export type * from './types';
