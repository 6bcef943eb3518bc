// The optional narrative: written from the computed result when a model is configured, and
// never in the way of the analysis when the model fails or none is configured.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { resetEnvForTests } from '@/lib/env';
import { useTestDb } from '../../testing/test-db';
import { getDb } from '../../db/client';
import { rcaAnalysis } from '../../db/schema';
import { systemActor } from '../../auth/actor';
import { createPlugin } from '../../plugins/create-plugin';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../../generator/providers/testing/fake-openai-server';
import { allowLoopbackEgress, LOOPBACK_ALLOW } from '../../egress/testing/allow-loopback';
import { runAnalysis } from './run-analysis';
import { narrativePrompt, writeNarrative } from './write-narrative';

useTestDb();
// The fake model listens on loopback, which the egress policy refuses unless allowed.
allowLoopbackEgress();

const KEYS = ['CONSOLE_AI_BASE_URL', 'CONSOLE_AI_API_KEY', 'CONSOLE_AI_MODEL'] as const;
let server: FakeOpenAIServer;
const request = { incidentId: 'n-1', pluginId: 'narrated', symptoms: [], timeRange: { start: new Date(Date.now() - 3_600_000).toISOString(), end: new Date().toISOString() } };

beforeAll(async () => {
  await createPlugin(await getDb(), systemActor(), { id: 'narrated', name: 'narrated' });
  server = await startFakeOpenAIServer([{ answer: 'The plugin had no clear cause; keep watching it.' }, { status: 500 }]);
});
afterAll(async () => {
  for (const k of KEYS) delete process.env[k];
  resetEnvForTests();
  await server.close();
});

const configure = (on: boolean) => {
  for (const k of KEYS) delete process.env[k];
  if (on) Object.assign(process.env, { CONSOLE_AI_BASE_URL: server.baseURL, CONSOLE_AI_API_KEY: 'test-key', CONSOLE_AI_MODEL: 'test-model' });
  resetEnvForTests();
};

describe('the narrative', () => {
  it('is not asked for without a configured model', async () => {
    configure(false);
    const db = await getDb();
    const a = await runAnalysis(db, request, { createdBy: 'test', narrative: false });
    expect(await writeNarrative(db, a.id, a.result as never)).toBeNull();
    expect(server.requests).toHaveLength(0);
  });

  it('never reaches a model endpoint the egress policy refuses', async () => {
    configure(true);
    delete process.env.CONSOLE_EGRESS_ALLOW;
    resetEnvForTests();
    try {
      const db = await getDb();
      const a = await runAnalysis(db, request, { createdBy: 'test', narrative: false });
      expect(await writeNarrative(db, a.id, a.result as never)).toBeNull();
      expect(server.requests).toHaveLength(0);
    } finally {
      process.env.CONSOLE_EGRESS_ALLOW = LOOPBACK_ALLOW;
      resetEnvForTests();
    }
  });

  it('is written from the computed result, which the prompt carries', async () => {
    configure(true);
    const db = await getDb();
    const a = await runAnalysis(db, request, { createdBy: 'test', narrative: false });
    expect(narrativePrompt(a.result as never)).toMatch(/"overallConfidence":\d+/);
    expect(await writeNarrative(db, a.id, a.result as never)).toBe('The plugin had no clear cause; keep watching it.');
    const [row] = await db.select().from(rcaAnalysis).where(eq(rcaAnalysis.id, a.id));
    expect(row.narrative).toBe('The plugin had no clear cause; keep watching it.');
    expect(server.requests[0].body.model).toBe('test-model');
  });

  it('leaves the analysis as it was when the model fails', async () => {
    configure(true);
    const db = await getDb();
    const a = await runAnalysis(db, request, { createdBy: 'test', narrative: false });
    expect(await writeNarrative(db, a.id, a.result as never)).toBeNull();
    const [row] = await db.select().from(rcaAnalysis).where(eq(rcaAnalysis.id, a.id));
    expect(row).toMatchObject({ status: 'done', narrative: null });
  });
});
