// Anomalies per local day (7-day previews) or per hour (24-hour previews), counted on the
// server with the browser's UTC offset so days start at the operator's midnight.

export interface PeriodCount {
  start: number;
  draft: number;
  saved: number;
}

export function periodStarts(from: number, to: number, periodMs: number, utcOffsetMinutes: number): number[] {
  const off = utcOffsetMinutes * 60_000;
  const starts: number[] = [];
  for (let s = Math.floor((from + off) / periodMs) * periodMs - off; s < to; s += periodMs) starts.push(s);
  return starts;
}

export function countByPeriod(
  starts: number[],
  periodMs: number,
  draft: ReadonlyArray<{ start: number }>,
  saved: ReadonlyArray<{ start: number }>,
): PeriodCount[] {
  const counts = starts.map((start) => ({ start, draft: 0, saved: 0 }));
  const place = (t: number) => {
    const i = Math.floor((t - starts[0]) / periodMs);
    return i >= 0 && i < counts.length ? counts[i] : undefined;
  };
  for (const a of draft) {
    const c = place(a.start);
    if (c) c.draft++;
  }
  for (const a of saved) {
    const c = place(a.start);
    if (c) c.saved++;
  }
  return counts;
}
