// The Prometheus harness itself: backfilled history is queryable, and a halted server comes back on the same port with its data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needsPrometheus, openMetricsText, startPrometheus, type PrometheusServer } from './prometheus-server';

const [title, skip] = needsPrometheus('Prometheus test harness (real prometheus + promtool)');

const HOUR = 3_600_000;
const end = Math.floor(Date.now() / 60_000) * 60_000 - HOUR;
const samples = Array.from({ length: 6 * 60 }, (_, i) => [end - (6 * 60 - 1 - i) * 60_000, i === 100 ? 99 : 1] as const);

async function instant(url: string, query: string, time: number): Promise<number[]> {
  const res = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(query)}&time=${time / 1000}`);
  const body = (await res.json()) as { data: { result: { value: [number, string] }[] } };
  return body.data.result.map((r) => Number(r.value[1]));
}

describe('openMetricsText', () => {
  it('writes gauges with escaped labels, seconds and a closing # EOF', () => {
    const text = openMetricsText([{ name: 'm', labels: { a: 'x"y' }, samples: [[1500, 2], [2500, Number.NaN]] }]);
    expect(text).toBe('# TYPE m gauge\nm{a="x\\"y"} 2 1.5\nm{a="x\\"y"} NaN 2.5\n# EOF\n');
  });
});

describe.skipIf(skip)(title, () => {
  let prom: PrometheusServer;
  beforeAll(async () => {
    prom = await startPrometheus({ backfill: [{ name: 'harness_gauge', labels: { plugin: 'p1' }, samples }] });
  }, 120_000);
  afterAll(async () => {
    await prom?.stop();
  });

  it('answers queries over the history promtool backfilled', async () => {
    expect(await instant(prom.url, 'max_over_time(harness_gauge{plugin="p1"}[6h])', end)).toEqual([99]);
    expect(await instant(prom.url, 'count_over_time(harness_gauge[6h])', end)).toEqual([360]);
  });

  it('comes back with its data on the same port after halt()', async () => {
    await prom.halt();
    await expect(fetch(`${prom.url}/-/ready`)).rejects.toThrow();
    await prom.restart();
    expect(await instant(prom.url, 'max_over_time(harness_gauge[6h])', end)).toEqual([99]);
  });
});
