import { describe, expect, it } from 'vitest';
import type { AffectedGraph } from '@/lib/queries/incidents';
import { MIN_NODE_W, layoutGraph } from './graph-layout';

const node = (pluginId: string, role: AffectedGraph['nodes'][number]['role']) => ({ pluginId, role, status: null, incidentId: null, registered: true });

describe('layoutGraph', () => {
  const graph: AffectedGraph = {
    nodes: [node('db', 'root'), node('api', 'dependant'), node('web', 'dependant'), node('disk', 'dependency')],
    edges: [
      { from: 'web', to: 'api', source: 'reports' },
      { from: 'api', to: 'db', source: 'settings' },
      { from: 'db', to: 'disk', source: 'reports' },
    ],
    omitted: 0,
  };

  it('puts a chain of dependants above the root, farthest first, and dependencies below', () => {
    const l = layoutGraph(graph, 600);
    const y = (id: string) => l.nodes.find((n) => n.pluginId === id)!.y;
    expect(y('web')).toBeLessThan(y('api'));
    expect(y('api')).toBeLessThan(y('db'));
    expect(y('db')).toBeLessThan(y('disk'));
    expect(l.edges.map((e) => `${e.from.pluginId}->${e.to.pluginId}`)).toEqual(['web->api', 'api->db', 'db->disk']);
  });

  it('wraps a wide row to the width it has, never wider', () => {
    const wide: AffectedGraph = {
      nodes: [node('db', 'root'), ...Array.from({ length: 7 }, (_, i) => node(`svc-${i}`, 'dependant'))],
      edges: Array.from({ length: 7 }, (_, i) => ({ from: `svc-${i}`, to: 'db', source: 'reports' as const })),
      omitted: 0,
    };
    for (const width of [150, 358, 420, 1200]) {
      const l = layoutGraph(wide, width);
      expect(l.width).toBeLessThanOrEqual(Math.max(width, MIN_NODE_W) + 0.001);
      expect(Math.max(...l.nodes.map((n) => n.x + l.nodeW))).toBeLessThanOrEqual(l.width + 0.001);
      expect(new Set(l.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(8); // no two nodes on one spot
    }
  });

  it('puts two dependencies side by side in a side column or on a phone (about 300 px)', () => {
    const two: AffectedGraph = { nodes: [node('db', 'root'), node('a', 'dependency'), node('b', 'dependency')], edges: [], omitted: 0 };
    const l = layoutGraph(two, 300);
    expect(new Set(l.nodes.filter((n) => n.role === 'dependency').map((n) => n.y)).size).toBe(1);
  });

  it('survives a cycle of declarations', () => {
    const cyclic: AffectedGraph = {
      nodes: [node('db', 'root'), node('a', 'dependant'), node('b', 'dependant')],
      edges: [
        { from: 'a', to: 'b', source: 'reports' },
        { from: 'b', to: 'a', source: 'reports' },
        { from: 'a', to: 'db', source: 'reports' },
      ],
      omitted: 0,
    };
    expect(layoutGraph(cyclic, 400).nodes).toHaveLength(3);
  });
});
