// Registry federation of one installation: upstream registries, scopes, storage, cache,
// access and mirrors. docs/protocol.md section 3, rules R2 and R3.
import { z } from 'zod';
import { anyRecord, type DependentField, isMissing } from './common';
import { secret } from './secrets';

/** Registries are reached over HTTP; other schemes (javascript:, file:) are refused. */
function httpUrl(description: string) {
  return z.url({ protocol: /^https?$/, error: 'Expected an http or https URL' }).describe(description);
}

export const RegistrySyncPolicySchema = z
  .enum(['manual', 'auto', 'proxy'])
  .describe('How packages come from an upstream: on demand, on a schedule, or forwarded without caching');
export type RegistrySyncPolicy = z.infer<typeof RegistrySyncPolicySchema>;

/** R2: the interval an `auto` upstream gets when it states none (one hour). */
export const DEFAULT_SYNC_INTERVAL = 3600;

/** R2: the interval belongs to the auto policy. */
const SYNC_INTERVAL_FIELD = { rule: 'R2', field: 'syncInterval', when: 'syncPolicy', is: ['auto'] } as const satisfies DependentField;

export const RegistryAuthTypeSchema = z.enum(['none', 'basic', 'bearer', 'api-key', 'oauth2']);
export type RegistryAuthType = z.infer<typeof RegistryAuthTypeSchema>;

export const RetryBackoffSchema = z.enum(['fixed', 'linear', 'exponential']);

/** R3: the credential fields each auth type needs. */
export const REQUIRED_AUTH_FIELDS = {
  none: [],
  basic: ['username', 'password'],
  bearer: ['token'],
  oauth2: ['token'],
  'api-key': ['apiKey'],
} as const satisfies Record<RegistryAuthType, readonly string[]>;

/** R2 and R3 as dependent fields of an upstream: each credential shows for the auth types that need it. */
export const UPSTREAM_DEPENDENT_FIELDS: readonly DependentField[] = [
  SYNC_INTERVAL_FIELD,
  ...[...new Set(Object.values(REQUIRED_AUTH_FIELDS).flat())].map((field) => ({
    rule: 'R3',
    field: `auth.${field}`,
    when: 'auth.type',
    is: RegistryAuthTypeSchema.options.filter((type) => (REQUIRED_AUTH_FIELDS[type] as readonly string[]).includes(field)),
  })),
];

const RegistryAuthSchema = z
  .object({
    type: RegistryAuthTypeSchema.default('none').describe('How the console authenticates to the upstream'),
    username: z.string().optional().describe('User name for basic auth'),
    password: secret(z.string().optional().describe('Password for basic auth')),
    token: secret(z.string().optional().describe('Token for bearer or OAuth 2 auth')),
    apiKey: secret(z.string().optional().describe('Key for API-key auth')),
  })
  .superRefine((auth, ctx) => {
    for (const field of REQUIRED_AUTH_FIELDS[auth.type]) {
      if (!isMissing(auth[field])) continue;
      ctx.addIssue({ code: 'custom', path: [field], message: `${field} is required when auth type is ${auth.type}` });
    }
  });

export const RegistryUpstreamSchema = z
  .object({
    url: httpUrl('Address of the upstream registry'),
    syncPolicy: RegistrySyncPolicySchema.default('auto').describe('How packages come from this upstream'),
    syncInterval: z.int().min(60).optional().describe('Time between two syncs, for the auto policy only (s)'),
    auth: RegistryAuthSchema.optional().describe('Credentials for the upstream'),
    tls: z
      .object({
        enabled: z.boolean().default(true).describe('Connect over TLS'),
        verifyCertificate: z.boolean().default(true).describe('Check the upstream certificate'),
        certificate: z.string().optional().describe('Client certificate to present'),
        privateKey: secret(z.string().optional().describe('Private key of the client certificate')),
      })
      .optional()
      .describe('TLS settings for the connection'),
    timeout: z.int().min(1000).default(30000).describe('Time to wait for the upstream to answer (ms)'),
    retry: z
      .object({
        maxAttempts: z.int().min(0).default(3).describe('Retries after a failed request'),
        backoff: RetryBackoffSchema.default('exponential').describe('How the wait grows between retries'),
      })
      .optional()
      .describe('Retries of failed requests'),
  })
  .superRefine((upstream, ctx) => {
    const { field, when, is } = SYNC_INTERVAL_FIELD;
    if (!(is as readonly string[]).includes(upstream.syncPolicy) && upstream.syncInterval !== undefined) {
      ctx.addIssue({ code: 'custom', path: [field], message: `${field} is only allowed when ${when} is ${is.join(' or ')}` });
    }
  })
  // R2: a saved auto upstream always states the interval it syncs at.
  .transform((upstream) =>
    (SYNC_INTERVAL_FIELD.is as readonly string[]).includes(upstream.syncPolicy) && upstream.syncInterval === undefined
      ? { ...upstream, syncInterval: DEFAULT_SYNC_INTERVAL }
      : upstream,
  )
  .describe('An upstream registry this installation federates with');
export type RegistryUpstream = z.infer<typeof RegistryUpstreamSchema>;
export type RegistryUpstreamInput = z.input<typeof RegistryUpstreamSchema>;

export const RegistryTypeSchema = z.enum(['public', 'private', 'hybrid']);
export const RegistryVisibilitySchema = z.enum(['public', 'private', 'internal']);
export const StorageBackendSchema = z.enum(['local', 's3', 'gcs', 'azure-blob', 'oss']);

export const RegistryConfigSchema = z
  .object({
    type: RegistryTypeSchema.describe('Whether the registry is public, private or both'),
    upstream: z.array(RegistryUpstreamSchema).optional().describe('Upstream registries to federate with'),
    scope: z.array(z.string()).optional().describe('Package scopes this registry serves, e.g. @my-corp'),
    defaultScope: z.string().optional().describe('Scope used when a package names none'),
    storage: z
      .object({
        backend: StorageBackendSchema.default('local').describe('Where package files are stored'),
        path: z.string().optional().describe('Folder or bucket path of the stored files'),
        credentials: secret(anyRecord('Credentials of the storage backend').optional()),
      })
      .optional()
      .describe('Package storage'),
    visibility: RegistryVisibilitySchema.default('private').describe('Who can see the registry'),
    accessControl: z
      .object({
        requireAuthForRead: z.boolean().default(false).describe('Require sign-in to download packages'),
        requireAuthForWrite: z.boolean().default(true).describe('Require sign-in to publish packages'),
        allowedPrincipals: z.array(z.string()).optional().describe('Users or groups allowed in'),
      })
      .optional()
      .describe('Access rules'),
    cache: z
      .object({
        enabled: z.boolean().default(true).describe('Cache packages fetched from upstreams'),
        ttl: z.int().min(0).default(3600).describe('How long a cached package stays fresh (s)'),
        maxSize: z.int().optional().describe('Largest size the cache may grow to (bytes)'),
      })
      .optional()
      .describe('Cache of upstream packages'),
    mirrors: z
      .array(
        z.object({
          url: httpUrl('Address of the mirror'),
          priority: z.int().min(1).default(1).describe('Priority of this mirror among the mirrors'),
        }),
      )
      .optional()
      .describe('Mirrors of this registry'),
  })
  .describe('Registry federation of this installation');
export type RegistryConfig = z.infer<typeof RegistryConfigSchema>;
export type RegistryConfigInput = z.input<typeof RegistryConfigSchema>;
