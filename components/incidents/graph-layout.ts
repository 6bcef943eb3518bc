// Places the affected part of the dependency graph in rows: dependants on top (the farthest
// first), the incident's plugin in the middle, its dependencies below, each row wrapped to the
// width available. A layered layout of a small, shallow graph is a few lines; a graph-layout
// library (dagre, elkjs) would add far more code than it saves here.
import type { AffectedGraph } from '@/lib/queries/incidents';

/** Nodes are as wide as the row allows, between these (ids are cut to fit). */
export const MIN_NODE_W = 132;
export const MAX_NODE_W = 184;
export const NODE_H = 44;
const GAP_X = 10;
export const GAP_Y = 40;
/** Room left of the nodes for edges that pass rows they do not belong to. */
export const LANE_X = -10;

type Node = AffectedGraph['nodes'][number];
export interface PlacedNode extends Node {
  x: number;
  y: number;
}
export interface Layout {
  /** Width of every node: the columns share the width available. */
  nodeW: number;
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
  const depth = depths(graph);
  const maxDepth = Math.max(0, ...[...depth.values()]);
  const rows: Node[][] = [];
  for (let d = maxDepth; d >= 1; d--) rows.push(graph.nodes.filter((n) => n.role === 'dependant' && depth.get(n.pluginId) === d));
  rows.push(graph.nodes.filter((n) => n.role === 'root'));
  rows.push(graph.nodes.filter((n) => n.role === 'dependency'));
  const widest = Math.max(...rows.map((r) => r.length));
  const columns = Math.min(widest, Math.max(1, Math.floor((width + GAP_X) / (MIN_NODE_W + GAP_X))));
  const nodeW = Math.max(MIN_NODE_W, Math.min(MAX_NODE_W, (width - (columns - 1) * GAP_X) / columns));
  const wrapped = rows.filter((r) => r.length).flatMap((r) => Array.from({ length: Math.ceil(r.length / columns) }, (_, i) => r.slice(i * columns, (i + 1) * columns)));
  const used = Math.min(columns, Math.max(...wrapped.map((r) => r.length)));
  const innerW = used * nodeW + (used - 1) * GAP_X;
  const placed = new Map<string, PlacedNode>();
  wrapped.forEach((row, y) => {
    const rowW = row.length * nodeW + (row.length - 1) * GAP_X;
    const left = (innerW - rowW) / 2;
    row.forEach((n, x) => placed.set(n.pluginId, { ...n, x: left + x * (nodeW + GAP_X), y: y * (NODE_H + GAP_Y) }));
  });
  const edges = graph.edges.flatMap((e) => {
    const from = placed.get(e.from);
    const to = placed.get(e.to);
    return from && to ? [{ from, to, source: e.source }] : [];
  });
  return { nodeW, width: innerW, height: wrapped.length * NODE_H + (wrapped.length - 1) * GAP_Y, nodes: [...placed.values()], edges };
}
