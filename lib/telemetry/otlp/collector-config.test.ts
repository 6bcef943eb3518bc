// The collector config of the README, checked against what the receiver expects, then sent
// the request its otlphttp exporter would make (endpoint + /v1/metrics, its headers, gzip, proto).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { useTestDb } from '../../testing/test-db';
import { call } from '../../testing/http';
import { systemActor } from '../../auth/actor';
import { createPlugin } from '../../plugins/create-plugin';
import { createToken } from '../../tokens/create-token';
import * as otlpMetrics from '@/app/v1/metrics/route';
import * as otlpLogs from '@/app/v1/logs/route';
import { otlpTypes } from './otlp-proto';

useTestDb();

const root = path.resolve(__dirname, '../../..');

function readmeCollectorConfig() {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## OpenTelemetry in (OTLP/HTTP)'));
  const block = /```yaml\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README: no yaml block in the OpenTelemetry section');
  return parse(block[1]) as {
    exporters: Record<string, { endpoint: string; encoding?: string; compression?: string; headers: Record<string, string> }>;
    service: { pipelines: Record<string, { exporters: string[] }> };
  };
}

describe('the README collector config', () => {
  let token = '';
  beforeAll(async () => {
    const { getDb } = await import('../../db/client');
    const db = await getDb();
    await createPlugin(db, systemActor(), { id: 'collected', name: 'collected' });
    token = (await createToken(db, systemActor(), { name: 'collector', scopes: ['metrics:write', 'events:write'] })).token;
  });

  it('exports metrics and logs with otlphttp in an encoding, compression and auth header the receiver takes', () => {
    const config = readmeCollectorConfig();
    const exporter = config.exporters['otlphttp/objectstack'];
    expect(exporter.encoding ?? 'proto').toBe('proto');
    expect(['gzip', 'none', undefined]).toContain(exporter.compression);
    expect(exporter.headers.Authorization).toBe('Bearer ${env:OBJECTSTACK_TOKEN}');
    expect(new URL(exporter.endpoint).pathname).toBe('/');
    expect(Object.keys(config.service.pipelines).sort()).toEqual(['logs', 'metrics']);
    for (const pipeline of Object.values(config.service.pipelines)) expect(pipeline.exporters).toEqual(['otlphttp/objectstack']);
    // otlphttp appends /v1/<signal> to the endpoint: the receiver's routes are there.
    for (const signal of ['metrics', 'logs']) expect(existsSync(path.join(root, 'app/v1', signal, 'route.ts'))).toBe(true);
  });

  it('is answered 200 for the request its exporter makes', async () => {
    const exporter = readmeCollectorConfig().exporters['otlphttp/objectstack'];
    const headers = Object.fromEntries(Object.entries(exporter.headers).map(([k, v]) => [k, v.replace('${env:OBJECTSTACK_TOKEN}', token)]));
    const body = otlpTypes.metricsRequest
      .encode(
        otlpTypes.metricsRequest.fromObject({
          resourceMetrics: [
            {
              resource: { attributes: [{ key: 'service.name', value: { stringValue: 'collected' } }] },
              scopeMetrics: [
                {
                  metrics: [
                    {
                      name: 'process.cpu.utilization',
                      unit: '1',
                      gauge: { dataPoints: [{ timeUnixNano: String(BigInt(Date.now()) * 1_000_000n), asDouble: 0.5 }] },
                    },
                  ],
                },
              ],
            },
          ],
        }),
      )
      .finish();
    const gz = exporter.compression === 'gzip';
    const req = new Request(`${exporter.endpoint}/v1/metrics`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/x-protobuf', ...(gz ? { 'content-encoding': 'gzip' } : {}) },
      body: new Uint8Array(gz ? gzipSync(body) : body),
    });
    const res = await otlpMetrics.POST(req, { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-protobuf');
    // An empty ExportMetricsServiceResponse: nothing rejected.
    expect(new Uint8Array(await res.arrayBuffer())).toHaveLength(0);
    const logs = await call(otlpLogs.POST, { method: 'POST', path: '/v1/logs', token, body: { resourceLogs: [] }, origin: null });
    expect(logs.status).toBe(200);
  });
});
