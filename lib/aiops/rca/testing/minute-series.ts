// A one-minute series from a function of time, for the analysis steps' unit tests.
import type { MinuteSeries } from '../types';

export function minuteSeries(from: number, to: number, value: (t: number) => number): MinuteSeries {
  const s: MinuteSeries = { t: [], v: [] };
  for (let t = from; t <= to; t += 60_000) {
    s.t.push(t);
    s.v.push(value(t));
  }
  return s;
}
