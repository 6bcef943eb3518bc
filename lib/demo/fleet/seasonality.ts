// Daily and weekly traffic cycles: a night floor plus Gaussian bumps around business hours,
// with the bumps shrunk on weekends. Pure functions of the timestamp, so history and live agree.
import type { PluginProfile } from './profiles';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export interface LocalTime {
  /** Hour of day as a fraction, 0 ≤ hour < 24. */
  hour: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

export function localTime(t: number, utcOffsetMinutes: number): LocalTime {
  const local = t + utcOffsetMinutes * MINUTE;
  const dayIndex = Math.floor(local / DAY);
  // 1970-01-01 was a Thursday (4).
  return { hour: (local - dayIndex * DAY) / HOUR, weekday: (((dayIndex + 4) % 7) + 7) % 7 };
}

export function isWeekend(lt: LocalTime): boolean {
  return lt.weekday === 0 || lt.weekday === 6;
}

/** Local midnight (as epoch ms) of the day containing t. */
export function localMidnight(t: number, utcOffsetMinutes: number): number {
  const off = utcOffsetMinutes * MINUTE;
  return Math.floor((t + off) / DAY) * DAY - off;
}

/** Traffic level relative to the plugin's nominal peak (≈ 0.1 at night, ≈ 1 at weekday peak). */
export function trafficShape(p: PluginProfile, lt: LocalTime): number {
  let bumps = 0;
  for (const peak of p.peaks) {
    let d = Math.abs(lt.hour - peak.hour);
    if (d > 12) d = 24 - d;
    bumps += peak.height * Math.exp(-0.5 * (d / peak.width) ** 2);
  }
  return p.nightFloor + bumps * (isWeekend(lt) ? p.weekendFactor : 1);
}

/** Scheduled work on top of interactive traffic (requests/s): report crons and the nightly reindex. */
export function scheduledLoad(p: PluginProfile, lt: LocalTime): number {
  if (p.scheduled === 'hourly-reports') {
    const minute = (lt.hour % 1) * 60;
    const hourly = minute < 3 ? p.peakRps * 0.8 : 0;
    // The daily batch of scheduled reports at 06:00 local.
    const daily = lt.hour >= 6 && lt.hour < 6.25 ? p.peakRps * 1.2 : 0;
    return hourly + daily;
  }
  if (p.scheduled === 'nightly-reindex') return lt.hour >= 2 && lt.hour < 2.5 ? p.peakRps * 0.5 : 0;
  return 0;
}
