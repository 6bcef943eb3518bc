// How long data is kept: raw points for CONSOLE_RAW_RETENTION_DAYS, per-minute roll-ups for
// 90 days, per-hour roll-ups for two years.
import { env } from '../../env';

const DAY = 86_400_000;
export const rawRetentionMs = () => env().CONSOLE_RAW_RETENTION_DAYS * DAY;
export const MINUTE_ROLLUP_RETENTION_MS = 90 * DAY;
export const HOUR_ROLLUP_RETENTION_MS = 730 * DAY;
