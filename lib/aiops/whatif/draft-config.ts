// What the live engine would watch for a (draft) AIOps document: its selfHealing.anomalyDetection,
// or the protocol defaults over every metric when it has none. The one statement of that
// fallback: ingest (lib/aiops/detect/detection-config.ts) uses it too. Pure, browser-safe.
import { AIOpsMetricSchema, type AnomalyDetectionConfigInput } from '@/schemas';

export function draftDetection(body: unknown): AnomalyDetectionConfigInput {
  const doc = (body ?? {}) as { selfHealing?: { anomalyDetection?: AnomalyDetectionConfigInput } };
  return doc.selfHealing?.anomalyDetection ?? { metrics: [...AIOpsMetricSchema.options] };
}

export function draftPolicies(body: unknown): unknown[] {
  const doc = (body ?? {}) as { autoScaling?: unknown[] };
  return Array.isArray(doc.autoScaling) ? doc.autoScaling : [];
}
