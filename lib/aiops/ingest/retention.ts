// How long data is kept: raw points for CONSOLE_RAW_RETENTION_DAYS, per-minute roll-ups for
// 90 days, quarter-hour roll-ups for 180 days (the longest range they serve, 40 days across
// 1 440 px, well inside), per-hour roll-ups for two years. The score lanes keep the same times.
import { env } from '../../env';
import type { RollupResolution } from './update-rollups';

const DAY = 86_400_000;
export const rawRetentionMs = () => env().CONSOLE_RAW_RETENTION_DAYS * DAY;

/** Retention of each roll-up resolution (seconds). */
export const ROLLUP_RETENTION_MS = { 60: 90 * DAY, 900: 180 * DAY, 3600: 730 * DAY } as const satisfies Record<RollupResolution, number>;
