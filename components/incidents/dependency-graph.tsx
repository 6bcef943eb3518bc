'use client';
// The affected part of the dependency graph, drawn: who depends on whom (arrows point to what a
// plugin depends on) and how each was doing while the incident lasted. The lists beside it say
// the same in text, with the links, so the drawing is one image for assistive technology and
// holds no links of its own (interactive controls inside an image are hidden from it: axe
// nested-interactive).
import { useRef } from 'react';
import type { AffectedGraph } from '@/lib/queries/incidents';
import { useElementWidth } from '@/components/charts/use-element-width';
import { GAP_Y, LANE_X, NODE_H, layoutGraph, type PlacedNode } from './graph-layout';

const STATUS_CLASS: Record<string, string> = {
  failed: 'fill-danger',
  unhealthy: 'fill-danger',
  degraded: 'fill-warning',
  healthy: 'fill-success',
};

const ROLE_LABEL = { root: 'this incident', dependant: 'dependant', dependency: 'dependency' } as const;
const NO_STATUS = 'no reports';

/** Ids longer than a node is wide are cut, with the whole id in the tooltip (about 7 px a character). */
const fitId = (s: string, width: number) => {
  const max = Math.max(8, Math.floor((width - 32) / 7));
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
};

function NodeBox({ n, w }: { n: PlacedNode; w: number }) {
  const status = n.status ?? NO_STATUS;
  return (
    <g transform={`translate(${n.x},${n.y})`}>
      <title>{`${n.pluginId} (${ROLE_LABEL[n.role]}): ${status}`}</title>
      <rect
        width={w}
        height={NODE_H}
        rx={8}
        className={n.role === 'root' ? 'fill-surface-2 stroke-accent' : 'fill-surface stroke-border'}
        strokeWidth={n.role === 'root' ? 2 : 1}
      />
      <circle cx={14} cy={NODE_H / 2} r={5} className={STATUS_CLASS[status] ?? 'fill-muted'} />
      <text x={26} y={18} className="fill-fg text-[12px] font-medium">
        {fitId(n.pluginId, w)}
      </text>
      <text x={26} y={34} className="fill-muted text-[10.5px]">
        {status}
      </text>
    </g>
  );
}

/**
 * A line from one node's edge to the other's, ending in an arrow at what is depended on. An edge
 * that would cross a row in between (a wrapped row, a skipped layer) goes round by the lane left
 * of the nodes, so it never reads as passing through another plugin.
 */
function edgePath(from: PlacedNode, to: PlacedNode, w: number): string {
  const cx = (n: PlacedNode) => n.x + w / 2;
  const rowsApart = Math.round(Math.abs(to.y - from.y) / (NODE_H + GAP_Y));
  if (rowsApart > 1) {
    const down = to.y > from.y;
    const y1 = down ? from.y + NODE_H + GAP_Y / 2 : from.y - GAP_Y / 2;
    const y2 = down ? to.y - GAP_Y / 2 : to.y + NODE_H + GAP_Y / 2;
    return `M${cx(from)},${down ? from.y + NODE_H : from.y} V${y1} H${LANE_X} V${y2} H${cx(to)} V${down ? to.y - 2 : to.y + NODE_H + 2}`;
  }
  if (to.y > from.y) return `M${cx(from)},${from.y + NODE_H} L${cx(to)},${to.y - 2}`;
  if (to.y < from.y) return `M${cx(from)},${from.y} L${cx(to)},${to.y + NODE_H + 2}`;
  const right = to.x > from.x;
  return `M${right ? from.x + w : from.x},${from.y + NODE_H / 2} L${right ? to.x - 2 : to.x + w + 2},${to.y + NODE_H / 2}`;
}

export function DependencyGraph({ graph }: { graph: AffectedGraph }) {
  const ref = useRef<HTMLDivElement>(null);
  const { width } = useElementWidth(ref);
  // The lane left of the nodes takes part of the width.
  const layout = width ? layoutGraph(graph, width + LANE_X - 8) : null;
  const root = graph.nodes.find((n) => n.role === 'root');
  const dependants = graph.nodes.filter((n) => n.role === 'dependant').length;
  const dependencies = graph.nodes.filter((n) => n.role === 'dependency');
  const label = `Dependency graph of ${root?.pluginId}: ${dependants} dependant${dependants === 1 ? '' : 's'} affected; depends on ${
    dependencies.map((d) => `${d.pluginId} (${d.status ?? NO_STATUS})`).join(', ') || 'nothing declared'
  }`;
  return (
    <div ref={ref} className="w-full">
      {layout && (
        <svg role="img" aria-label={label} width="100%" viewBox={`${LANE_X - 4} -2 ${layout.width - LANE_X + 8} ${layout.height + 4}`} style={{ maxWidth: layout.width - LANE_X + 8 }} className="mx-auto block">
          <defs>
            <marker id="dep-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className="fill-muted" />
            </marker>
          </defs>
          {layout.edges.map((e) => (
            <path
              key={`${e.from.pluginId}->${e.to.pluginId}`}
              d={edgePath(e.from, e.to, layout.nodeW)}
              className="stroke-muted"
              strokeWidth={1.5}
              strokeDasharray={e.source === 'settings' ? '4 3' : undefined}
              markerEnd="url(#dep-arrow)"
              fill="none"
            />
          ))}
          {layout.nodes.map((n) => (
            <NodeBox key={n.pluginId} n={n} w={layout.nodeW} />
          ))}
        </svg>
      )}
      <p className="mt-2 text-xs text-muted">
        The outlined plugin is this incident's. Arrows point to what a plugin depends on; dashed when only declared in its settings.
        {graph.omitted ? ` ${graph.omitted} more not drawn.` : ''}
      </p>
    </div>
  );
}
