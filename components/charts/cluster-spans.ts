// Merges time spans that would touch on screen: at a week's scale hundreds of short anomalies
// (or actions) fall within a few pixels of each other, and drawing each costs DOM and script
// while showing nothing more than one mark. A cluster keeps its members, the highest-scored first.

export interface Span<T> {
  start: number;
  end: number;
  score: number;
  item: T;
}

export interface SpanCluster<T> {
  start: number;
  end: number;
  /** The highest score of the members. */
  score: number;
  /** Highest score first. */
  items: T[];
}

/** Spans closer than `gapMs` (about a few pixels' worth of time) become one cluster. */
export function clusterSpans<T>(spans: readonly Span<T>[], gapMs: number): SpanCluster<T>[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: (SpanCluster<T> & { members: Span<T>[] })[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start - last.end <= gapMs) {
      last.end = Math.max(last.end, s.end);
      last.score = Math.max(last.score, s.score);
      last.members.push(s);
    } else {
      out.push({ start: s.start, end: s.end, score: s.score, items: [], members: [s] });
    }
  }
  return out.map(({ members, ...c }) => ({ ...c, items: members.sort((a, b) => b.score - a.score).map((m) => m.item) }));
}
