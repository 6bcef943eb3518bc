// The versioned document kinds: which schema validates each, where it lives (a plugin or the
// installation), and what a plugin starts with before anyone saved.
import type { z } from 'zod';
import { protocolSchemas, secretPaths, type DocumentKind, type ProtocolSchemaName } from '@/schemas';
import type { SecretEndpoint } from '../secrets/redact';

export interface DocumentKindSpec {
  /** The protocol name of the schema, e.g. `SandboxConfigSchema` (exports name files and types after it). */
  schemaName: ProtocolSchemaName;
  schema: z.ZodType;
  perPlugin: boolean;
  title: string;
  /** The document before the first save (parsed, so defaults are filled in). */
  initial: (pluginId: string | null) => unknown;
  secretPaths: string[];
  /** Where the secrets of each part are sent: they stay with those endpoints. */
  secretEndpoints: SecretEndpoint[];
  /** URL fields the server will send to: a save is refused when the egress policy refuses one. */
  egressFields: string[];
}

function spec(
  schemaName: ProtocolSchemaName,
  perPlugin: boolean,
  title: string,
  initial: (pluginId: string | null) => unknown,
  secretEndpoints: SecretEndpoint[] = [],
  egressFields: string[] = [],
): DocumentKindSpec {
  const schema: z.ZodType = protocolSchemas[schemaName];
  return { schemaName, schema, perPlugin, title, initial: (id) => schema.parse(initial(id)), secretPaths: secretPaths(schema), secretEndpoints, egressFields };
}

const NOTIFICATION_URL_FIELDS = ['url', 'webhookUrl', 'webhook'];

export const documentKinds: Record<DocumentKind, DocumentKindSpec> = {
  sandbox: spec('SandboxConfigSchema', true, 'Sandbox', () => ({})),
  // The provider is part of where a store secret goes: a bare `host:port` is spoken to in its protocol.
  'hot-reload': spec('HotReloadConfigSchema', true, 'Hot reload & state', () => ({}), [{ scope: 'distributedConfig', fields: ['endpoints', 'provider'] }]),
  aiops: spec(
    'AIOpsAgentConfigSchema',
    true,
    'AIOps agent',
    (id) => ({ agentId: `${id}-agent`, pluginId: id }),
    // The channel's URL sits beside its secret in the config record (see notifications/channel-target.ts).
    [{ scope: 'incidentResponse.notifications[*].config', fields: NOTIFICATION_URL_FIELDS }],
    [...NOTIFICATION_URL_FIELDS.map((f) => `incidentResponse.notifications[*].config.${f}`), 'selfHealing.actions[*].parameters.webhookUrl'],
  ),
  registry: spec('RegistryConfigSchema', false, 'Registry', () => ({ type: 'private' }), [{ scope: 'upstream[*]', fields: ['url'] }], ['upstream[*].url']),
  // Starts with the OpenTelemetry semantic-convention mapping (schemas/telemetry.ts).
  telemetry: spec('TelemetryConfigSchema', false, 'Telemetry', () => ({})),
};

export function scopeOf(kind: DocumentKind, pluginId: string | null): string {
  return documentKinds[kind].perPlugin ? `plugin:${pluginId}` : 'installation';
}
