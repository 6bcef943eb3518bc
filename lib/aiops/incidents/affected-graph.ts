// The affected part of the dependency graph, for an incident's page: the incident's plugin, the
// dependants whose incidents were merged into it (topology), and what the plugin itself depends
// on, each with the worst health status seen while the incident lasted. Edges point from a
// plugin to what it depends on, as declared in settings or in health reports.
import { and, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { healthReport, plugin, type incident } from '../../db/schema';
import { declaredDependencies, worseStatus } from './declared-dependencies';
import { DECLARED_BEFORE_MS, TOPOLOGY_WINDOW_MS } from './merge-by-topology';

/** Beyond these the page lists the rest instead of drawing them. */
export const MAX_DRAWN_DEPENDANTS = 40;
export const MAX_DRAWN_DEPENDENCIES = 20;

export interface GraphNode {
  pluginId: string;
  role: 'root' | 'dependant' | 'dependency';
  /** Worst health status in the incident's time (its own reports, or what its dependants said of it). */
  status: string | null;
  /** The incident this node's trouble is part of: the root's, or a dependant's merged one. */
  incidentId: number | null;
  /** Whether the plugin is registered in the console (its page can be opened). */
  registered: boolean;
}

export interface GraphEdge {
  from: string;
  to: string;
  source: 'settings' | 'reports' | 'both';
}

export interface AffectedGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Dependants and dependencies left out of the drawing beyond the caps. */
  omitted: number;
}

type IncidentRow = typeof incident.$inferSelect;
type MergedRow = { id: number; pluginId: string };


/** The worst status each plugin reported about itself in [from, to]. */
async function ownStatus(db: Db, ids: string[], from: Date, to: Date): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectDistinct({ pluginId: healthReport.pluginId, status: healthReport.status })
    .from(healthReport)
    .where(and(inArray(healthReport.pluginId, ids), gte(healthReport.ts, from), lte(healthReport.ts, to)));
  const out = new Map<string, string>();
  for (const r of rows) out.set(r.pluginId, worseStatus(out.get(r.pluginId) ?? null, r.status) ?? r.status);
  return out;
}

export async function affectedGraph(db: Db, root: IncidentRow, merged: MergedRow[], now = Date.now()): Promise<AffectedGraph> {
  const start = root.startedAt.getTime();
  const end = Math.min(now, root.endedAt?.getTime() ?? now);
  // Declarations as the merge read them: from before the incident to the window after its end.
  const from = start - DECLARED_BEFORE_MS;
  const to = end + TOPOLOGY_WINDOW_MS;
  const dependants = merged.slice(0, MAX_DRAWN_DEPENDANTS);
  const [rootDeps, ...dependantDeps] = await Promise.all([
    declaredDependencies(db, root.pluginId, from, to),
    ...dependants.map((m) => declaredDependencies(db, m.pluginId, from, to)),
  ]);
  const dependencies = rootDeps.filter((d) => d.pluginId !== root.pluginId && !dependants.some((m) => m.pluginId === d.pluginId));
  const drawnDeps = dependencies.slice(0, MAX_DRAWN_DEPENDENCIES);

  const nodes: GraphNode[] = [
    { pluginId: root.pluginId, role: 'root', status: null, incidentId: root.id, registered: false },
    ...dependants.map((m): GraphNode => ({ pluginId: m.pluginId, role: 'dependant', status: null, incidentId: m.id, registered: false })),
    ...drawnDeps.map((d): GraphNode => ({ pluginId: d.pluginId, role: 'dependency', status: d.reportedStatus, incidentId: null, registered: false })),
  ];
  const inGraph = new Set(nodes.map((n) => n.pluginId));
  // Dependants' edges stop at the plugin and other dependants: how each reached this incident.
  // That they also use one of its dependencies is true but crosses the drawing for nothing.
  const upper = new Set([root.pluginId, ...dependants.map((m) => m.pluginId)]);
  const edges: GraphEdge[] = drawnDeps.map((d) => ({ from: root.pluginId, to: d.pluginId, source: d.source }));
  dependants.forEach((m, i) => {
    const own = dependantDeps[i].filter((d) => upper.has(d.pluginId) && d.pluginId !== m.pluginId);
    // Merged means it declared a path to the root; a chain's middle link may lie outside the window.
    if (!own.length) edges.push({ from: m.pluginId, to: root.pluginId, source: 'reports' });
    for (const d of own) edges.push({ from: m.pluginId, to: d.pluginId, source: d.source });
  });

  const ids = [...inGraph];
  const [registered, statuses] = await Promise.all([
    db.select({ id: plugin.id }).from(plugin).where(inArray(plugin.id, ids)),
    ownStatus(db, ids, new Date(start - 5 * 60_000), new Date(end)),
  ]);
  const known = new Set(registered.map((r) => r.id));
  for (const n of nodes) {
    n.registered = known.has(n.pluginId);
    n.status = worseStatus(n.status, statuses.get(n.pluginId) ?? null);
  }
  return { nodes, edges, omitted: merged.length - dependants.length + dependencies.length - drawnDeps.length };
}
