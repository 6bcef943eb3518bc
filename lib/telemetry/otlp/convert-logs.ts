// Turns an OTLP logs request into the console's log events: the plugin from the resource
// attributes, the level from the severity number (or text), the body as the message (cut to the
// stored length) and the attributes as data. What cannot be stored is counted, by reason.
import { EventInputSchema, type EventInput, type EventLevelSchema, type TelemetryConfig } from '@/schemas';
import type { z } from 'zod';
import { isSkipped, pluginIdOf } from '../map-metric';
import { anyValue, attributesOf } from './attributes';
import { Rejections } from './convert-metrics';
import { int64ToNumber, type OtlpLogRecord, type OtlpLogsRequest } from './otlp-proto';

type Level = z.infer<typeof EventLevelSchema>;

export const MAX_MESSAGE_LENGTH = 4000;

/** OTLP severity numbers: 1–8 TRACE and DEBUG, 9–12 INFO, 13–16 WARN, 17–24 ERROR and FATAL. */
export function levelOf(severityNumber: number | undefined, severityText: string | undefined): Level {
  const n = severityNumber ?? 0;
  if (n >= 17) return 'error';
  if (n >= 13) return 'warn';
  if (n >= 9) return 'info';
  if (n >= 1) return 'debug';
  const text = (severityText ?? '').toLowerCase();
  if (/^(fatal|crit|critical|err|error|alert|emerg)/.test(text)) return 'error';
  if (text.startsWith('warn')) return 'warn';
  if (/^(debug|trace)/.test(text)) return 'debug';
  return 'info';
}

function messageOf(r: OtlpLogRecord): string {
  const body = anyValue(r.body);
  const text = typeof body === 'string' ? body : body === null ? '' : JSON.stringify(body);
  return (text || r.eventName || '').slice(0, MAX_MESSAGE_LENGTH);
}

export interface LogsConversion {
  events: EventInput[];
  rejections: Rejections;
}

export function convertLogs(request: OtlpLogsRequest, config: TelemetryConfig): LogsConversion {
  const rejections = new Rejections();
  const events: EventInput[] = [];
  for (const rl of request.resourceLogs ?? []) {
    const records = (rl.scopeLogs ?? []).flatMap((s) => s.logRecords ?? []);
    const plugin = pluginIdOf(config, attributesOf(rl.resource?.attributes), 'otlp');
    if (isSkipped(plugin)) {
      rejections.reject(plugin.reason, records.length);
      continue;
    }
    for (const r of records) {
      const ns = int64ToNumber(r.timeUnixNano) || int64ToNumber(r.observedTimeUnixNano);
      const data: Record<string, unknown> = { ...attributesOf(r.attributes) };
      if (r.severityText) data['otel.severity_text'] = r.severityText;
      if (r.eventName) data['otel.event_name'] = r.eventName;
      const parsed = EventInputSchema.safeParse({
        pluginId: plugin.pluginId,
        timestamp: Math.round(ns / 1e6),
        kind: 'log',
        level: levelOf(r.severityNumber, r.severityText),
        message: messageOf(r),
        data,
      });
      if (parsed.success) events.push(parsed.data);
      else {
        const issue = parsed.error.issues[0];
        rejections.reject(`log record ${issue.path.join('.') || 'body'}: ${issue.message}`);
      }
    }
  }
  return { events, rejections };
}
