// Timestamps arrive as ISO strings or epoch milliseconds; the console stores epoch ms.
export function toEpochMs(ts: string | number): number {
  return typeof ts === 'number' ? ts : Date.parse(ts);
}

export const MAX_FUTURE_SKEW_MS = 5 * 60_000;
