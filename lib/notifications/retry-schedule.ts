// When a failed delivery is tried again: 30 s, 1 min, 2 min, 4 min … doubling up to an hour,
// with ±20 % jitter so many deliveries failing together do not retry together.
// After MAX_ATTEMPTS the delivery is given up as failed.
export const MAX_ATTEMPTS = 8;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 3_600_000;

export function retryDelayMs(attempts: number, random = Math.random()): number {
  const base = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random));
}
