// An analysis that throws is stored as failed with its error, not lost in a running state. The
// failure is a real one (a table the evidence is read from is gone), not a mocked module: test
// files share their worker's modules (vitest.config.ts), so a module mock would leak.
import { sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { useTestDb } from '../../testing/test-db';
import { getDb } from '../../db/client';
import { systemActor } from '../../auth/actor';
import { createPlugin } from '../../plugins/create-plugin';
import { runAnalysis } from './run-analysis';

useTestDb();

describe('a failing analysis', () => {
  it('is recorded as failed with the reason', async () => {
    const db = await getDb();
    await createPlugin(db, systemActor(), { id: 'broken', name: 'broken' });
    await db.execute(sql`drop table health_report cascade`);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const row = await runAnalysis(db, { incidentId: 'x', pluginId: 'broken', symptoms: [], timeRange: { start: '2026-01-01T00:00:00Z', end: '2026-01-01T01:00:00Z' } }, { createdBy: 'test' });
    expect(row).toMatchObject({ status: 'failed', error: expect.stringMatching(/health_report/), result: null });
    expect(row.finishedAt).toBeInstanceOf(Date);
  });
});
