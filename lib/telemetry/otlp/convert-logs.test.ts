import { describe, expect, it } from 'vitest';
import { TelemetryConfigSchema } from '@/schemas';
import { convertLogs, levelOf, MAX_MESSAGE_LENGTH } from './convert-logs';
import { otlpTypes, type OtlpLogsRequest } from './otlp-proto';

const config = TelemetryConfigSchema.parse({});
const T0 = Date.UTC(2026, 11, 1, 12, 0, 0);
const ns = (ms: number) => String(BigInt(ms) * 1_000_000n);

function request(records: object[], service: string | null = 'shop'): OtlpLogsRequest {
  const resource = service ? { attributes: [{ key: 'service.name', value: { stringValue: service } }] } : {};
  return otlpTypes.logsRequest.fromObject({ resourceLogs: [{ resource, scopeLogs: [{ logRecords: records }] }] }) as unknown as OtlpLogsRequest;
}

describe('levelOf', () => {
  it('reads the severity number at the edges of each range', () => {
    expect([1, 8, 9, 12, 13, 16, 17, 24].map((n) => levelOf(n, undefined))).toEqual(['debug', 'debug', 'info', 'info', 'warn', 'warn', 'error', 'error']);
  });

  it('falls back to the severity text, then info', () => {
    expect(levelOf(0, 'FATAL')).toBe('error');
    expect(levelOf(undefined, 'Warning')).toBe('warn');
    expect(levelOf(0, 'trace')).toBe('debug');
    expect(levelOf(0, 'notice')).toBe('info');
  });
});

describe('convertLogs', () => {
  it('makes a log event of each record, falling back to the observed time, cutting the message at the stored length', () => {
    const { events, rejections } = convertLogs(
      request([
        { timeUnixNano: ns(T0), severityNumber: 17, body: { stringValue: 'boom' }, attributes: [{ key: 'code', value: { intValue: '500' } }] },
        { observedTimeUnixNano: ns(T0 + 1), body: { stringValue: 'x'.repeat(MAX_MESSAGE_LENGTH + 1) } },
      ]),
      config,
    );
    expect(rejections.count).toBe(0);
    expect(events[0]).toMatchObject({ pluginId: 'shop', timestamp: T0, kind: 'log', level: 'error', message: 'boom', data: { code: 500 } });
    expect(events[1].timestamp).toBe(T0 + 1);
    expect(events[1].message).toHaveLength(MAX_MESSAGE_LENGTH);
  });

  it('counts records without a time or a body, and those of a resource naming no plugin', () => {
    const a = convertLogs(request([{ body: { stringValue: 'no time' } }, { timeUnixNano: ns(T0) }]), config);
    expect(a.events).toEqual([]);
    expect(a.rejections.count).toBe(2);
    expect(a.rejections.message()).toMatch(/log record timestamp: .*; 1 rejected: log record message: message is required/);
    const b = convertLogs(request([{ timeUnixNano: ns(T0), body: { stringValue: 'a' } }], null), config);
    expect(b.rejections.message()).toBe('1 rejected: no resource attribute names the plugin (looked for objectstack.plugin.id, service.name)');
  });
});
