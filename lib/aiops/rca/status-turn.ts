// When a reported status (a dependency's, one of the plugin's own checks) turned bad around an
// incident, and how bad it got: shared by the dependencies and checks steps. A status that was
// bad more than half the time in the reports before (at least five) is chronic: its first bad
// report in the window counts as the turn even without a good one before it.
import { HOUR, MINUTE } from './series-math';

export interface StatusSample {
  ts: number;
  status: string;
  message?: string;
}

export interface StatusKinds {
  /** A status that counts as the turn. */
  bad: (status: string) => boolean;
  /** A status that a turn must follow (unless chronic). */
  good: (status: string) => boolean;
  /** Higher is worse, to find the worst status after the turn. */
  rank: (status: string) => number;
}

/** How well a turn `lead` ms before the first symptom explains it (negative: after it). */
export function leadTiming(lead: number): number {
  return lead >= 0 ? (lead <= 30 * MINUTE ? 1 : Math.exp(-(lead - 30 * MINUTE) / (30 * MINUTE))) : -lead <= 5 * MINUTE ? 0.6 : 0.25;
}

/** The first turn to bad from an hour before `start`, the worst status after it, and whether it was chronic; null when none. */
export function statusTurn<T extends StatusSample>(seq: T[], start: number, kinds: StatusKinds): { turned: T; worst: T; chronic: boolean } | null {
  const before = seq.filter((s) => s.ts < start - 30 * MINUTE);
  const chronic = before.length >= 5 && before.filter((s) => !kinds.good(s.status)).length / before.length > 0.5;
  const turned = seq.find((s, i) => s.ts >= start - HOUR && kinds.bad(s.status) && (i === 0 || kinds.good(seq[i - 1].status) || chronic));
  if (!turned) return null;
  const worst = seq.filter((s) => s.ts >= turned.ts).reduce((w, s) => (kinds.rank(s.status) > kinds.rank(w.status) ? s : w), turned);
  return { turned, worst, chronic };
}
