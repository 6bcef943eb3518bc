'use client';
// Marks drawn over a metric timeline: a vertical line where each annotation starts, a faint
// span until it ended, and a small labelled flag that names it (hover for details). HTML over
// the SVG so the flags are reachable by keyboard and screen readers, and cannot start a zoom drag.
// Flags closer than a flag's width are one flag ("restart ×12"): a week of actions would
// otherwise stack hundreds of them on one another.
import { clusterSpans } from './cluster-spans';
import type { TimelineAnnotation } from './metric-timeline-config';

export interface TimelineAnnotationsProps {
  annotations: TimelineAnnotation[];
  from: number;
  to: number;
  /** The plot area inside the chart, in px. */
  left: number;
  width: number;
  top: number;
  height: number;
}

/** The flag of a group takes the tone of its most alarming member. */
const SEVERITY: Record<TimelineAnnotation['tone'], number> = { danger: 4, warning: 3, accent: 2, success: 1, muted: 0 };
const FLAG_PX = 48;
const DETAIL_ITEMS = 5;

function group(annotations: TimelineAnnotation[], msPerPx: number): TimelineAnnotation[] {
  const spans = annotations.map((a) => ({ start: a.at, end: a.at, score: SEVERITY[a.tone], item: a }));
  return clusterSpans(spans, FLAG_PX * msPerPx).map((c) => {
    const [top, ...rest] = c.items;
    if (rest.length === 0) return top;
    const ends = c.items.map((a) => a.end ?? a.at);
    const more = c.items.length - DETAIL_ITEMS;
    return {
      id: c.items.map((a) => a.id).join('+'),
      at: c.start,
      end: Math.max(...ends),
      label: `${top.label} ×${c.items.length}`,
      tone: top.tone,
      detail: `${c.items.length} actions: ${c.items
        .slice(0, DETAIL_ITEMS)
        .map((a) => a.detail)
        .join('; ')}${more > 0 ? `; and ${more} more` : ''}`,
    };
  });
}

const TONES: Record<TimelineAnnotation['tone'], { line: string; flag: string }> = {
  accent: { line: 'border-accent', flag: 'border-accent/40 bg-accent/15 text-accent' },
  success: { line: 'border-success', flag: 'border-success/40 bg-success/15 text-success' },
  danger: { line: 'border-danger', flag: 'border-danger/40 bg-danger/15 text-danger' },
  warning: { line: 'border-warning', flag: 'border-warning/40 bg-warning/15 text-warning' },
  muted: { line: 'border-muted', flag: 'border-border bg-surface-2 text-muted' },
};

export function TimelineAnnotations({ annotations, from, to, left, width, top, height }: TimelineAnnotationsProps) {
  const x = (t: number) => left + ((Math.min(to, Math.max(from, t)) - from) / (to - from)) * width;
  const shown = group(
    annotations.filter((a) => a.at <= to && (a.end ?? a.at) >= from),
    (to - from) / Math.max(1, width),
  );
  return (
    <ul aria-label="Actions on this chart" className="pointer-events-none absolute inset-0 m-0 list-none p-0">
      {shown.map((a) => {
        const x1 = x(a.at);
        const x2 = a.end ? x(a.end) : x1;
        const tone = TONES[a.tone];
        return (
          <li key={a.id}>
            {x2 - x1 >= 2 && <div aria-hidden className="absolute bg-fg/5" style={{ left: x1, width: x2 - x1, top, height }} />}
            {a.at >= from && <div aria-hidden className={`absolute border-l-2 border-dashed ${tone.line}`} style={{ left: x1 - 1, top, height }} />}
            <button
              type="button"
              title={a.detail}
              aria-label={a.detail}
              onPointerDown={(e) => e.stopPropagation()}
              className={`pointer-events-auto absolute -translate-x-1/2 whitespace-nowrap rounded border px-1 text-[10px] font-medium leading-4 ${tone.flag}`}
              style={{ left: x1, top: Math.max(0, top - 6) }}
            >
              {a.label}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
