// Binary searches over ascending times, for the dry run's windows over preloaded history.
// Specialised per array shape (no accessor callbacks): they run for every step of a week.
import type { SeriesPoint } from '../evaluate-condition';

/** Index of the first time at or after `t` (length when none). */
export function firstAtOrAfter(times: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first time after `t` (length when none). */
export function firstAfter(times: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first point at or after `t`, or (`after`) after `t`. */
export function pointIndex(points: readonly SeriesPoint[], t: number, after: boolean): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid].ts < t || (after && points[mid].ts === t)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
