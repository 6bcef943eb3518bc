import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EventInputSchema, HealthIngestItemSchema, MAX_EVENT_BATCH, MAX_METRIC_BATCH, MetricPointInputSchema } from '@/schemas/ingest';
import { demoPlugins } from '../demo-plugins';
import { historyState, PLUGIN_IDS, simulateHistory } from './index';
import type { FleetBatch, FleetState } from './types';

const now = Date.UTC(2025, 2, 12, 9, 41, 27);

function digest(o: { now: number; seed: number; days: number }): { hash: string; state: FleetState } {
  const h = createHash('sha256');
  let state: FleetState | undefined;
  for (const b of simulateHistory(o)) {
    h.update(JSON.stringify(b.points));
    h.update(JSON.stringify(b.events));
    h.update(JSON.stringify(b.health));
    if (b.state) state = b.state;
  }
  return { hash: h.digest('hex'), state: state! };
}

describe('determinism', () => {
  it('covers exactly the demo plugins', () => {
    expect([...PLUGIN_IDS].sort()).toEqual(demoPlugins.map((p) => p.id).sort());
  });

  it('gives identical output for the same seed and different output for another', () => {
    const a = digest({ now, seed: 7, days: 1 });
    const b = digest({ now, seed: 7, days: 1 });
    const c = digest({ now, seed: 8, days: 1 });
    expect(a.hash).toBe(b.hash);
    expect(a.state).toStrictEqual(b.state);
    expect(c.hash).not.toBe(a.hash);
  });

  it('reaches the same state silently (historyState) as when emitting', () => {
    expect(historyState({ now, seed: 7, days: 1 })).toStrictEqual(digest({ now, seed: 7, days: 1 }).state);
  });

  it('emits contiguous steps on the grid, in batches the ingest API accepts', () => {
    let expected = Math.floor(now / 10_000) * 10_000 - 86_400_000 + 10_000;
    let finals = 0;
    for (const b of simulateHistory({ now, seed: 3, days: 1 })) {
      expect(b.points.length).toBeLessThanOrEqual(MAX_METRIC_BATCH);
      expect(b.events.length).toBeLessThanOrEqual(MAX_EVENT_BATCH);
      expect(b.health.length).toBeLessThanOrEqual(1000);
      for (let i = 0; i < b.points.length; i += 40) {
        expect(b.points[i].timestamp).toBe(expected);
        expect(b.points[i + 39].timestamp).toBe(expected);
        expected += 10_000;
      }
      if (b.state) finals++;
    }
    expect(finals).toBe(1);
    expect(expected - 10_000).toBe(Math.floor(now / 10_000) * 10_000);
  });

  it('produces points, events and health reports that parse with the ingest schemas', () => {
    const first = simulateHistory({ now, seed: 3, days: 1 }).next().value as FleetBatch;
    for (const p of first.points) expect(MetricPointInputSchema.safeParse(p).success).toBe(true);
    for (const e of first.events) expect(EventInputSchema.safeParse(e).success).toBe(true);
    expect(first.health.length).toBeGreaterThan(0);
    for (const h of first.health) expect(HealthIngestItemSchema.safeParse(h).success).toBe(true);
  });
});
