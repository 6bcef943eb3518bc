/*
 * Generation is rate-limited per user, counted from the generation table itself (every
 * attempt is a row, reserved before the work starts), so the limit holds across console
 * processes sharing one database.
 */
import { ApiError } from '@/lib/errors';

export const GENERATIONS_PER_WINDOW = 20;
export const RATE_WINDOW_MS = 60_000;

export class GenerationRateLimited extends ApiError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      429,
      'rate_limited',
      `You started ${GENERATIONS_PER_WINDOW} generations in the last minute, the most allowed; try again in ${retryAfterSeconds} s.`,
      [],
      { retryAfterSeconds, limit: GENERATIONS_PER_WINDOW, windowSeconds: RATE_WINDOW_MS / 1000 },
    );
    this.name = 'GenerationRateLimited';
  }
}

/** Seconds until the oldest attempt in the window leaves it (at least 1). */
export function retryAfterSeconds(oldestInWindow: Date, now: Date): number {
  return Math.max(1, Math.ceil((oldestInWindow.getTime() + RATE_WINDOW_MS - now.getTime()) / 1000));
}
