// What the live engine would watch for a (draft) AIOps document: its selfHealing.anomalyDetection,
// or the protocol defaults over every metric when it has none. The one statement of that
// fallback: ingest (lib/aiops/detect/detection-config.ts) uses it too. Also the parts of the
// draft the auto-scaling and self-healing previews take. Pure, browser-safe.
import { AIOpsMetricSchema, type AnomalyDetectionConfigInput } from '@/schemas';

export function draftDetection(body: unknown): AnomalyDetectionConfigInput {
  const doc = (body ?? {}) as { selfHealing?: { anomalyDetection?: AnomalyDetectionConfigInput } };
  return doc.selfHealing?.anomalyDetection ?? { metrics: [...AIOpsMetricSchema.options] };
}

export function draftPolicies(body: unknown): unknown[] {
  const doc = (body ?? {}) as { autoScaling?: unknown[] };
  return Array.isArray(doc.autoScaling) ? doc.autoScaling : [];
}

/**
 * The selfHealing block the self-healing dry run takes: its own settings and its actions, as
 * edited (each action is checked on the server). Null when the document has none.
 */
export function draftHealing(body: unknown): { enabled?: unknown; strategy?: unknown; maxConcurrentHealing?: unknown; learning?: unknown; actions: unknown[] } | null {
  const block = (body as { selfHealing?: Record<string, unknown> } | null | undefined)?.selfHealing;
  if (!block || typeof block !== 'object') return null;
  const { enabled, strategy, maxConcurrentHealing, learning, actions } = block;
  return { enabled, strategy, maxConcurrentHealing, learning, actions: Array.isArray(actions) ? actions : [] };
}
