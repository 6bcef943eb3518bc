// The console API's own request and response shapes (not part of the plugin protocol).
import { z } from 'zod';
import { int4, storableJson, storedText, uniqueList } from './primitives';

/** One problem with a request; `path` is dotted as forms name fields: `upstream.0.auth.token`. */
export const ApiIssueSchema = z.object({
  path: z.string().describe('Dotted path of the offending field, empty for the whole body'),
  message: z.string().describe('What is wrong, as a sentence'),
});
export type ApiIssue = z.infer<typeof ApiIssueSchema>;

/** The one error envelope every API route answers with. */
export const ApiErrorSchema = z
  .object({
    error: z.object({
      code: z.string().min(1).describe('Stable machine-readable code, e.g. validation_failed or conflict'),
      message: z.string().describe('What went wrong, as a sentence'),
      issues: z.array(ApiIssueSchema).default([]).describe('Field-level problems, if any'),
    }),
  })
  .describe('Error returned by the API');
export type ApiError = z.infer<typeof ApiErrorSchema>;
export type ApiErrorInput = z.input<typeof ApiErrorSchema>;

/**
 * Turns Zod issues into API issues, so every route reports paths the same way; `prefix` names
 * where the parsed value sits in the request (`['body']`).
 */
export function toApiIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = []): ApiIssue[] {
  return issues.map((issue) => ({ path: [...prefix, ...issue.path].map(String).join('.'), message: issue.message }));
}

export const PluginIdSchema = z
  .string()
  .max(128, 'Plugin id must be at most 128 characters')
  .regex(
    /^[a-z0-9][a-z0-9-_.@/]*$/,
    'Plugin id must start with a lowercase letter or digit and use only lowercase letters, digits, -, _, ., @ and /',
  )
  .refine(
    (id) => id.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..'),
    'Plugin id must not have empty, . or .. parts between its slashes',
  )
  .describe('Identifier of a plugin, e.g. billing-sync');

const PluginNameSchema = storedText(100, 'Name must be at most 100 characters').trim().min(1, 'Name is required');
const PluginDescriptionSchema = storedText(500, 'Description must be at most 500 characters');
/** At most this many declared dependencies per plugin. */
export const MAX_PLUGIN_DEPENDENCIES = 50;
/** Plugins this one needs to work (a database, a cache): the topology that groups incidents. */
const PluginDependsOnSchema = uniqueList(PluginIdSchema, {
  max: MAX_PLUGIN_DEPENDENCIES,
  maxMessage: `At most ${MAX_PLUGIN_DEPENDENCIES} dependencies`,
});

export const PluginCreateSchema = z
  .object({
    id: PluginIdSchema,
    name: PluginNameSchema.describe('Name shown in the console'),
    description: PluginDescriptionSchema.optional().describe('What the plugin does'),
    dependsOn: PluginDependsOnSchema.optional().describe('Ids of the registered plugins this one depends on'),
  })
  .describe('A plugin to register');
export type PluginCreate = z.infer<typeof PluginCreateSchema>;

export const PluginUpdateSchema = z
  .object({
    name: PluginNameSchema.optional().describe('New name shown in the console'),
    description: PluginDescriptionSchema.optional().describe('New description; empty clears it'),
    dependsOn: PluginDependsOnSchema.optional().describe('Ids of the registered plugins this one depends on; empty clears them'),
  })
  .describe('Changes to a plugin');
export type PluginUpdate = z.infer<typeof PluginUpdateSchema>;

export const RoleSchema = z.enum(['viewer', 'operator', 'approver', 'admin']).describe('What a user may do');
export type Role = z.infer<typeof RoleSchema>;

export const TokenScopeSchema = z
  .enum(['metrics:write', 'health:write', 'events:write', 'actions:execute', 'read', 'metrics:read'])
  .describe('What an API token may do');
export type TokenScope = z.infer<typeof TokenScopeSchema>;

export const DocumentKindSchema = z
  .enum(['sandbox', 'hot-reload', 'aiops', 'registry', 'metrics-source', 'telemetry'])
  .describe('Kind of versioned configuration document');
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

/** Longest comment a document version carries (the save form's input enforces it too). */
export const DOCUMENT_COMMENT_MAX = 500;

export const DocumentSaveSchema = z
  .object({
    baseVersion: int4(0).describe('Version the edit started from; saving fails if another was saved since'),
    // The body is checked against its kind's own schema once the kind is known; here only that
    // it can be stored as jsonb (no NUL, no lone surrogate, bounded nesting).
    body: storableJson().refine((body) => body !== undefined, 'body is required').describe('The document to save'),
    comment: storedText(DOCUMENT_COMMENT_MAX, `Comment must be at most ${DOCUMENT_COMMENT_MAX} characters`).optional().describe('Why it changed'),
  })
  .describe('A new version of a document');
export type DocumentSave = z.infer<typeof DocumentSaveSchema>;

/** `?version=`: a saved version; the current one when absent. */
export const DocumentVersionQuerySchema = z.object({ version: int4(1, { coerce: true }).optional() });

/** Versions to compare; 0 is the document before the first save. */
export const DocumentDiffQuerySchema = z.object({
  from: int4(0, { coerce: true, error: 'from must be a version number' }),
  to: int4(0, { coerce: true, error: 'to must be a version number' }),
});

export const DOCUMENT_EXPORT_FORMATS = ['json', 'yaml', 'ts', 'schema'] as const;
export type DocumentExportFormat = (typeof DOCUMENT_EXPORT_FORMATS)[number];

export const DocumentExportQuerySchema = z.object({
  format: z.enum(DOCUMENT_EXPORT_FORMATS, { error: `format must be one of ${DOCUMENT_EXPORT_FORMATS.join(', ')}` }),
  ...DocumentVersionQuerySchema.shape,
});

export const DocumentRollbackSchema = z.object({
  baseVersion: int4(0).describe('The version the rollback was decided on'),
  toVersion: int4(1).describe('The version to restore'),
  comment: storedText(DOCUMENT_COMMENT_MAX).optional(),
});
export type DocumentRollback = z.infer<typeof DocumentRollbackSchema>;

/** A connection test of the edited (possibly unsaved) document; secrets may be the redaction marker. */
export const DraftTestSchema = z.object({ body: storableJson() });

export const UpstreamTestSchema = DraftTestSchema.extend({
  index: z.number().int().min(0).max(1000).describe('Which upstream of the document to test'),
  probePackage: storedText(214).optional().describe('A package the upstream should serve'),
});
