// Topology (issue 17, item 6): dependencies declared in health reports form a graph; the incident
// of a service whose declared dependency has an incident that started within TOPOLOGY_WINDOW is
// merged into the dependency's — one incident on the list, whose plugin (and root cause) is the
// dependency. A dependant whose incident starts later than the window stays apart.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDb } from '../../testing/test-db';
import { call, userWithRole } from '../../testing/http';
import { getDb } from '../../db/client';
import { auditEvent } from '../../db/schema';
import { systemActor } from '../../auth/actor';
import { createToken } from '../../tokens/create-token';
import { incidentJobs } from './jobs';
import { incidentOf as troubled, troubledPlugin } from './testing/troubled-plugin';
import { TOPOLOGY_WINDOW_MS } from './merge-by-topology';
import * as listRoute from '@/app/api/v1/incidents/route';
import * as oneRoute from '@/app/api/v1/incidents/[incidentId]/route';

useTestDb();

const MIN = 60_000;
const NOW = Math.floor(Date.now() / MIN) * MIN;
const T0 = NOW - 60 * MIN;
let token: string;
let viewer: string;

const incidentOf = (pluginId: string) => troubled(viewer, pluginId);

beforeAll(async () => {
  const db = await getDb();
  token = (await createToken(db, systemActor(), { name: 'agent', scopes: ['metrics:write', 'health:write'] })).token;
  viewer = (await userWithRole('viewer')).cookie;
  const deps = [{ pluginId: 'orders-db' }];
  await troubledPlugin({ token, id: 'orders-db', from: T0, badFrom: NOW - 30 * MIN });
  await troubledPlugin({ token, id: 'orders-api', from: T0, badFrom: NOW - 27 * MIN, reportDeps: deps }); // 3 min after its dependency: merged
  await troubledPlugin({ token, id: 'reports', from: T0, badFrom: NOW - 30 * MIN + TOPOLOGY_WINDOW_MS + 2 * MIN, reportDeps: deps }); // past the window: apart
  await incidentJobs[0].run(db);
});

describe('topology', () => {
  it("merges a dependant's incident into its dependency's, within the window only", async () => {
    const db = await getDb();
    const [dbIncident, api, reports] = [await incidentOf('orders-db'), await incidentOf('orders-api'), await incidentOf('reports')];
    expect(api.mergedInto).toBe(dbIncident.id);
    expect(reports.mergedInto).toBeNull();
    expect(dbIncident.mergedInto).toBeNull();

    // The list shows one incident for the dependency and its dependant (and the one apart).
    const list = await call(listRoute.GET, { cookie: viewer, path: '/api/v1/incidents?from=now-1d' });
    expect(list.body.incidents.map((i: { pluginId: string }) => i.pluginId).sort()).toEqual(['orders-db', 'reports']);

    // The dependency's incident names the affected dependant.
    const page = await call(oneRoute.GET, { cookie: viewer, params: { incidentId: String(dbIncident.id) } });
    expect(page.body.merged.map((m: { pluginId: string }) => m.pluginId)).toEqual(['orders-api']);
    const audit = (await db.select().from(auditEvent)).filter((e) => e.kind === 'incident.merge');
    expect(audit.map((e) => [e.target, e.afterRef])).toEqual([[`incident:${api.id}`, `incident:${dbIncident.id}`]]);
  });

  it('merges once: another pass changes nothing', async () => {
    const db = await getDb();
    await incidentJobs[0].run(db);
    const audit = (await db.select().from(auditEvent)).filter((e) => e.kind === 'incident.merge');
    expect(audit).toHaveLength(1);
  });
});
