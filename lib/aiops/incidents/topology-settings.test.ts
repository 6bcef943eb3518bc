// Topology from a plugin's settings (issue 17): `dependsOn`, declared by an operator, joins the
// dependencies plugins declare in their health reports. A chain declared partly in settings and
// partly in reports merges into the deepest dependency's incident, and that incident's page
// carries the affected part of the graph: dependants, the plugin, what it depends on, with
// each one's worst status while the incident lasted and where each edge was declared.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDb } from '../../testing/test-db';
import { call, userWithRole } from '../../testing/http';
import { getDb } from '../../db/client';
import { systemActor } from '../../auth/actor';
import { createToken } from '../../tokens/create-token';
import { incidentJobs } from './jobs';
import { incidentOf as troubled, troubledPlugin } from './testing/troubled-plugin';
import type { AffectedGraph } from './affected-graph';
import * as oneRoute from '@/app/api/v1/incidents/[incidentId]/route';

useTestDb();

const MIN = 60_000;
const NOW = Math.floor(Date.now() / MIN) * MIN;
const T0 = NOW - 60 * MIN;
let viewer: string;

const incidentOf = (pluginId: string) => troubled(viewer, pluginId);

beforeAll(async () => {
  const db = await getDb();
  const token = (await createToken(db, systemActor(), { name: 'agent', scopes: ['metrics:write', 'health:write'] })).token;
  viewer = (await userWithRole('viewer')).cookie;
  // billing-db's own reports say its disk store (not a registered plugin) degraded.
  await troubledPlugin({ token, id: 'billing-db', from: T0, badFrom: NOW - 30 * MIN, reportDeps: [{ pluginId: 'disk-store', status: 'degraded' }] });
  // billing-api says nothing of billing-db in its reports: only its settings declare it.
  await troubledPlugin({ token, id: 'billing-api', from: T0, badFrom: NOW - 28 * MIN, dependsOn: ['billing-db'] });
  // billing-web declares billing-api in its reports: a chain down to billing-db.
  await troubledPlugin({ token, id: 'billing-web', from: T0, badFrom: NOW - 26 * MIN, reportDeps: [{ pluginId: 'billing-api' }] });
  // Declared in settings but not troubled in the window: stays apart.
  await troubledPlugin({ token, id: 'billing-batch', from: T0, badFrom: NOW - 30 * MIN + 20 * MIN, dependsOn: ['billing-db'] });
  await incidentJobs[0].run(db);
});

describe('topology declared in settings', () => {
  it('merges a chain declared in settings and reports into the deepest dependency', async () => {
    const root = await incidentOf('billing-db');
    expect(root.mergedInto).toBeNull();
    expect((await incidentOf('billing-api')).mergedInto).toBe(root.id);
    expect((await incidentOf('billing-web')).mergedInto).toBe(root.id);
    expect((await incidentOf('billing-batch')).mergedInto).toBeNull();
  });

  it("draws the affected part of the graph on the dependency's incident", async () => {
    const root = await incidentOf('billing-db');
    const page = await call(oneRoute.GET, { cookie: viewer, params: { incidentId: String(root.id) } });
    expect(page.status).toBe(200);
    const graph = page.body.topology as AffectedGraph;
    const node = (id: string) => graph.nodes.find((n) => n.pluginId === id);
    expect(graph.nodes.map((n) => [n.pluginId, n.role]).sort()).toEqual([
      ['billing-api', 'dependant'],
      ['billing-db', 'root'],
      ['billing-web', 'dependant'],
      ['disk-store', 'dependency'],
    ]);
    expect(node('billing-db')).toMatchObject({ status: 'unhealthy', incidentId: root.id, registered: true });
    expect(node('billing-api')).toMatchObject({ status: 'unhealthy', registered: true, incidentId: (await incidentOf('billing-api')).id });
    // What billing-db's reports said of its store; the store is not registered, so no link.
    expect(node('disk-store')).toMatchObject({ status: 'degraded', registered: false, incidentId: null });
    expect(graph.edges.map((e) => `${e.from}->${e.to}:${e.source}`).sort()).toEqual([
      'billing-api->billing-db:settings',
      'billing-db->disk-store:reports',
      'billing-web->billing-api:reports',
    ]);
    expect(graph.omitted).toBe(0);
  });

  it("a dependant's own incident shows no graph of the dependency's", async () => {
    const batch = await incidentOf('billing-batch');
    const page = await call(oneRoute.GET, { cookie: viewer, params: { incidentId: String(batch.id) } });
    const graph = page.body.topology as AffectedGraph;
    expect(graph.nodes.map((n) => [n.pluginId, n.role])).toEqual([
      ['billing-batch', 'root'],
      ['billing-db', 'dependency'],
    ]);
    expect(graph.edges).toEqual([{ from: 'billing-batch', to: 'billing-db', source: 'settings' }]);
  });
});
