// Priority and confidence from the strength of the evidence, the same way for every rule:
// confidence grows with how much history backs the facts; priority with how much is at stake.
import type { PerformanceOptimization } from '@/schemas';

/** 0..100: `base` for a strong signal, scaled by history (full at 7 days, half at 1 day). */
export function confidenceFrom(base: number, days: number): number {
  const history = Math.min(1, 0.4 + (0.6 * Math.max(0, days - 1)) / 6);
  return Math.round(Math.max(0, Math.min(100, base * history)));
}

/** `urgency` 0..1: how close to harm (or how much waste) the evidence shows. */
export function priorityFrom(urgency: number): PerformanceOptimization['priority'] {
  if (urgency >= 0.85) return 'critical';
  if (urgency >= 0.6) return 'high';
  if (urgency >= 0.3) return 'medium';
  return 'low';
}

export const pct = (v: number) => `${Math.round(v * 100)} %`;
