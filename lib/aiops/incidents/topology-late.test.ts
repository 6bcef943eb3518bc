// Topology with late data (issue 17): a dependency and its dependant that went wrong together an
// hour ago, delivered in one backfill, open incidents that are already over in the same pass.
// They are merged as they would have been live, where both were open at once.
import { beforeAll, describe, expect, it } from 'vitest';
import { userWithRole } from '../../testing/http';
import { useTestDb } from '../../testing/test-db';
import { getDb } from '../../db/client';
import { systemActor } from '../../auth/actor';
import { createToken } from '../../tokens/create-token';
import { incidentJobs } from './jobs';
import { incidentOf, troubledPlugin } from './testing/troubled-plugin';

useTestDb();

const MIN = 60_000;
const NOW = Math.floor(Date.now() / MIN) * MIN;
const T0 = NOW - 60 * MIN;
let viewer: string;

beforeAll(async () => {
  const db = await getDb();
  const token = (await createToken(db, systemActor(), { name: 'agent', scopes: ['metrics:write', 'health:write'] })).token;
  viewer = (await userWithRole('viewer')).cookie;
  await troubledPlugin({ token, id: 'late-db', from: T0, badFrom: T0 + 5 * MIN, goodFrom: T0 + 10 * MIN });
  await troubledPlugin({ token, id: 'late-api', from: T0, badFrom: T0 + 6 * MIN, goodFrom: T0 + 10 * MIN, reportDeps: [{ pluginId: 'late-db' }] });
  await incidentJobs[0].run(db);
});

describe('topology with late data', () => {
  it('merges incidents that opened and resolved in one pass, as live', async () => {
    const root = await incidentOf(viewer, 'late-db');
    const api = await incidentOf(viewer, 'late-api');
    expect(root).toMatchObject({ status: 'resolved', openedLate: true, mergedInto: null });
    expect(api).toMatchObject({ status: 'resolved', openedLate: true, mergedInto: root.id });
  });

  it('leaves resolved incidents of earlier passes alone', async () => {
    const db = await getDb();
    const before = await incidentOf(viewer, 'late-api');
    await incidentJobs[0].run(db);
    expect(await incidentOf(viewer, 'late-api')).toEqual(before);
  });
});
