import { consoleMetrics } from './instruments';

/** Counts a stored metric batch: its points (stored, or ignored as already stored) and new anomalies. */
export function countIngest(result: { stored: number; duplicates: number; anomaliesOpened: number }): void {
  const m = consoleMetrics();
  m.ingestBatches.inc();
  m.ingestPoints.inc({ outcome: 'stored' }, result.stored);
  m.ingestPoints.inc({ outcome: 'duplicate' }, result.duplicates);
  m.anomaliesOpened.inc(result.anomaliesOpened);
}
