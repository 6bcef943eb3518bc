// The incident response settings of a plugin's AIOps agent (its `aiops` document). A plugin
// without the section still gets incidents (the console's default), but no automatic analysis
// and no notifications; `incidentResponse.enabled: false` turns incidents off for the plugin.
import { AIOpsAgentConfigSchema, type AIOpsAgentConfig } from '@/schemas';
import type { Db } from '../../db/client';
import { readDocumentBody } from '../../config-store/read-document-body';

export type IncidentResponse = NonNullable<AIOpsAgentConfig['incidentResponse']>;

export async function incidentResponseOf(db: Db, pluginId: string): Promise<IncidentResponse | null> {
  const parsed = AIOpsAgentConfigSchema.safeParse(await readDocumentBody(db, 'aiops', pluginId)); // notification URLs are secrets
  return parsed.success ? (parsed.data.incidentResponse ?? null) : null;
}
