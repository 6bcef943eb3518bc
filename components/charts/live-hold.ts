'use client';
// A live view pauses its refresh while someone is working one of its charts (the pointer on it
// or pressed, a drag under way) or reading a dialog: new data then would move what they point at
// and swallow the gesture. Each holder (a chart, a dialog) holds and releases under its own key.
import { useCallback, useState } from 'react';

/** The set of holders after `key` takes (`on`) or releases its hold; the same set when nothing changes. */
export function nextHolds(holds: ReadonlySet<string>, key: string, on: boolean): ReadonlySet<string> {
  if (holds.has(key) === on) return holds;
  const next = new Set(holds);
  if (on) next.add(key);
  else next.delete(key);
  return next;
}

/** `held` while any holder holds; `hold(key, on)` is stable across renders. */
export function useLiveHold(): { held: boolean; hold: (key: string, on: boolean) => void } {
  const [holds, setHolds] = useState<ReadonlySet<string>>(() => new Set());
  const hold = useCallback((key: string, on: boolean) => setHolds((h) => nextHolds(h, key, on)), []);
  return { held: holds.size > 0, hold };
}
