// Time labels that fit the span on screen: clock time for a day or less, day and time beyond.
const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const clockSeconds = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const dayClock = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
const day = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const full = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
const fullWithYear = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Formatter for axis ticks over a span of `spanMs`. */
export function tickFormatter(spanMs: number): (t: number) => string {
  if (spanMs <= 10 * 60_000) return (t) => clockSeconds.format(t);
  if (spanMs <= 36 * 3_600_000) return (t) => clock.format(t);
  // Over days, ticks fall on local midnights: the date alone says it.
  return (t) => {
    const d = new Date(t);
    return d.getHours() === 0 && d.getMinutes() === 0 ? day.format(t) : dayClock.format(t);
  };
}

/** A precise time for tooltips and details; the year only when it is not this year's. */
export function formatTime(t: number | string): string {
  const ms = typeof t === 'string' ? Date.parse(t) : t;
  return (new Date(ms).getFullYear() === new Date().getFullYear() ? full : fullWithYear).format(ms);
}

const STEPS = [
  1_000,
  5_000,
  15_000,
  30_000,
  60_000,
  5 * 60_000,
  10 * 60_000,
  15 * 60_000,
  30 * 60_000,
  3_600_000,
  3 * 3_600_000,
  6 * 3_600_000,
  12 * 3_600_000,
  86_400_000,
  2 * 86_400_000,
  7 * 86_400_000,
];

/** Round-time tick positions (whole minutes, hours, local midnights) for a time axis. */
export function timeTicks(from: number, to: number, maxTicks: number): number[] {
  const span = to - from;
  const step = STEPS.find((s) => span / s <= Math.max(2, maxTicks)) ?? STEPS[STEPS.length - 1];
  // Align to the local clock: an hour step falls on :00, a day step on local midnight.
  const offset = new Date(from).getTimezoneOffset() * 60_000;
  const first = Math.ceil((from - offset) / step) * step + offset;
  const ticks: number[] = [];
  for (let t = first; t <= to; t += step) ticks.push(t);
  return ticks;
}

/** `just now`, `4 min ago`, `3 h ago`, `2 days ago`. */
export function formatAgo(t: number | string, now: number): string {
  const s = Math.max(0, Math.round((now - (typeof t === 'string' ? Date.parse(t) : t)) / 1000));
  if (s < 45) return 'just now';
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  if (s < 48 * 3600) return `${Math.round(s / 3600)} h ago`;
  return `${Math.round(s / 86_400)} days ago`;
}
