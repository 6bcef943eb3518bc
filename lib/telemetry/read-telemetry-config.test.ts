import { describe, expect, it } from 'vitest';
import { useTestDb } from '../testing/test-db';
import { ApiError } from '../errors';
import { getDocument } from '../config-store/get-document';
import { saveDocument } from '../config-store/save-document';
import { rollbackDocument } from '../config-store/rollback-document';
import { readTelemetryConfig } from './read-telemetry-config';
import { mapMetric } from './map-metric';

const db = useTestDb();
const actor = { kind: 'user', id: 'u1', name: 'Ops', email: 'ops@test.local', role: 'operator' } as const;
const incoming = { name: 'queue.size', unit: '{message}', attributes: { 'service.name': 'billing' }, source: 'otlp' as const };

describe('the telemetry document', () => {
  it('is an installation document that starts with the semantic-convention mapping, and a save applies to the next read', async () => {
    const d = db.handle().db;
    const initial = await getDocument(d, 'telemetry', null);
    expect(initial).toMatchObject({ version: 0, exists: false, scope: 'installation' });
    expect(mapMetric(await readTelemetryConfig(d), incoming)).toMatchObject({ metric: 'queue.size' });

    const first = await saveDocument(d, actor, 'telemetry', null, { baseVersion: 0, body: { rules: [{ match: 'queue.*', metric: 'queue-depth' }] } });
    expect(mapMetric(await readTelemetryConfig(d), incoming)).toMatchObject({ pluginId: 'billing', metric: 'queue-depth', scale: 1 });

    const second = await saveDocument(d, actor, 'telemetry', null, { baseVersion: first.version, body: { unmapped: 'drop', rules: [] } });
    expect(mapMetric(await readTelemetryConfig(d), incoming)).toMatchObject({ skip: true });

    await rollbackDocument(d, actor, 'telemetry', null, { baseVersion: second.version, toVersion: first.version });
    expect(mapMetric(await readTelemetryConfig(d), incoming)).toMatchObject({ metric: 'queue-depth' });
  });

  it('refuses a save that breaks a rule, naming the field', async () => {
    const d = db.handle().db;
    const { version } = await getDocument(d, 'telemetry', null);
    const err = await saveDocument(d, actor, 'telemetry', null, { baseVersion: version, body: { rules: [{ match: 'x', convert: 'furlongs' }] } }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(400);
    expect((err as ApiError).issues.map((i) => i.path)).toEqual(['rules.0.convert']);
  });
});
