// Places the affected part of the dependency graph in rows: dependants on top (the farthest
// first), the incident's plugin in the middle, its dependencies below, each row wrapped to the
// width available. A layered layout of a small, shallow graph is a few lines; a graph-layout
// library (dagre, elkjs) would add far more code than it saves here.
import type { AffectedGraph } from '@/lib/queries/incidents';

export const NODE_W = 150;
export const NODE_H = 44;
const GAP_X = 12;
export const GAP_Y = 40;
/** Room left of the nodes for edges that pass rows they do not belong to. */
export const LANE_X = -10;

type Node = AffectedGraph['nodes'][number];
export interface PlacedNode extends Node {
  x: number;
  y: number;
}
export interface Layout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: { from: PlacedNode; to: PlacedNode; source: AffectedGraph['edges'][number]['source'] }[];
}

/** How far each dependant sits above the root: 1 + the deepest of what it depends on (cycles cut). */
function depths(graph: AffectedGraph): Map<string, number> {
  const root = graph.nodes.find((n) => n.role === 'root')!.pluginId;
  const out = new Map<string, number>([[root, 0]]);
  const targets = new Map<string, string[]>();
  for (const e of graph.edges) targets.set(e.from, [...(targets.get(e.from) ?? []), e.to]);
  const visit = (id: string, path: Set<string>): number => {
    const known = out.get(id);
    if (known !== undefined) return known;
    if (path.has(id)) return 1;
    path.add(id);
    const above = (targets.get(id) ?? []).filter((t) => t === root || graph.nodes.some((n) => n.pluginId === t && n.role === 'dependant'));
    const d = 1 + Math.max(0, ...above.map((t) => visit(t, path)));
    path.delete(id);
    out.set(id, d);
    return d;
  };
  for (const n of graph.nodes) if (n.role === 'dependant') visit(n.pluginId, new Set());
  return out;
}

export function layoutGraph(graph: AffectedGraph, width: number): Layout {
  const columns = Math.max(1, Math.floor((width + GAP_X) / (NODE_W + GAP_X)));
  const depth = depths(graph);
  const maxDepth = Math.max(0, ...[...depth.values()]);
  const rows: Node[][] = [];
  for (let d = maxDepth; d >= 1; d--) rows.push(graph.nodes.filter((n) => n.role === 'dependant' && depth.get(n.pluginId) === d));
  rows.push(graph.nodes.filter((n) => n.role === 'root'));
  rows.push(graph.nodes.filter((n) => n.role === 'dependency'));
  const wrapped = rows.filter((r) => r.length).flatMap((r) => Array.from({ length: Math.ceil(r.length / columns) }, (_, i) => r.slice(i * columns, (i + 1) * columns)));
  const used = Math.min(columns, Math.max(...wrapped.map((r) => r.length)));
  const innerW = used * NODE_W + (used - 1) * GAP_X;
  const placed = new Map<string, PlacedNode>();
  wrapped.forEach((row, y) => {
    const rowW = row.length * NODE_W + (row.length - 1) * GAP_X;
    const left = (innerW - rowW) / 2;
    row.forEach((n, x) => placed.set(n.pluginId, { ...n, x: left + x * (NODE_W + GAP_X), y: y * (NODE_H + GAP_Y) }));
  });
  const edges = graph.edges.flatMap((e) => {
    const from = placed.get(e.from);
    const to = placed.get(e.to);
    return from && to ? [{ from, to, source: e.source }] : [];
  });
  return { width: innerW, height: wrapped.length * NODE_H + (wrapped.length - 1) * GAP_Y, nodes: [...placed.values()], edges };
}
