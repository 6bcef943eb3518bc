/*
 * Validation of generated metadata against @objectstack/spec itself. Errors are the spec's own
 * Zod issues (path + message + code). Because the spec's object and field schemas silently
 * strip keys they don't know, objects are also checked for such keys: an unknown key would
 * ship as inert metadata.
 */
import { ObjectSchema, FieldSchema, SeedSchema } from '@objectstack/spec/data';
import { ViewSchema, AppSchema, DashboardSchema, DatasetSchema } from '@objectstack/spec/ui';

export type ArtifactKind = 'object' | 'view' | 'app' | 'dashboard' | 'dataset' | 'seed';

export interface ArtifactIssue {
  path: string;
  message: string;
  code: string;
}

export interface ArtifactValidation {
  ok: boolean;
  issues: ArtifactIssue[];
}

interface SafeParser {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string; code: string }> } };
}

const SCHEMAS: Record<ArtifactKind, SafeParser> = {
  object: ObjectSchema as unknown as SafeParser,
  view: ViewSchema as unknown as SafeParser,
  app: AppSchema as unknown as SafeParser,
  dashboard: DashboardSchema as unknown as SafeParser,
  dataset: DatasetSchema as unknown as SafeParser,
  seed: SeedSchema as unknown as SafeParser,
};

export function validateArtifact(kind: ArtifactKind, value: unknown): ArtifactValidation {
  const result = SCHEMAS[kind].safeParse(value);
  const issues: ArtifactIssue[] = result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message, code: issue.code }));
  if (kind === 'object') issues.push(...unknownObjectKeys(value));
  return { ok: issues.length === 0, issues };
}

function shapeKeys(schema: unknown): Set<string> {
  return new Set(Object.keys((schema as { shape: Record<string, unknown> }).shape));
}

const OBJECT_KEYS = shapeKeys(ObjectSchema);
const FIELD_KEYS = shapeKeys(FieldSchema);

function unknownObjectKeys(value: unknown): ArtifactIssue[] {
  if (!value || typeof value !== 'object') return [];
  const issues: ArtifactIssue[] = [];
  for (const key of Object.keys(value)) {
    if (!OBJECT_KEYS.has(key)) issues.push({ path: key, message: `'${key}' is not an ObjectSchema key`, code: 'unrecognized_keys' });
  }
  const fields = (value as { fields?: Record<string, unknown> }).fields ?? {};
  for (const [name, field] of Object.entries(fields)) {
    for (const key of Object.keys((field as object) ?? {})) {
      if (!FIELD_KEYS.has(key)) issues.push({ path: `fields.${name}.${key}`, message: `'${key}' is not a FieldSchema key`, code: 'unrecognized_keys' });
    }
  }
  return issues;
}
