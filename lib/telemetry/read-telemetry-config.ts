// The installation's current telemetry mapping (the initial document before anyone saved).
// Read once per request by a receiver: a saved change applies to the next request.
import { TelemetryConfigSchema, type TelemetryConfig } from '@/schemas';
import type { Db } from '../db/client';
import { readDocumentBody } from '../config-store/read-document-body';

export async function readTelemetryConfig(db: Db): Promise<TelemetryConfig> {
  return TelemetryConfigSchema.parse(await readDocumentBody(db, 'telemetry', null));
}
