'use client';
// The analysis timeline on a time axis: one mark per event, sized and coloured by significance,
// over the incident's window (shaded); the same events listed below for reading.
import { useRef } from 'react';
import type { RootCauseAnalysisResult } from '@/schemas';
import { useElementWidth } from '@/components/charts/use-element-width';
import { formatTime, tickFormatter, timeTicks } from '@/components/charts/time-format';
import { LocalTime } from '@/components/shared/local-time';

type Entry = NonNullable<RootCauseAnalysisResult['timeline']>[number];

export interface EventTimelineProps {
  entries: Entry[];
  incidentStart: number;
  incidentEnd: number;
}

const COLOR = { high: 'var(--danger)', medium: 'var(--warning)', low: 'var(--muted)' };
const RADIUS = { high: 6, medium: 5, low: 4 };
const PAD = 16;

export function EventTimeline({ entries, incidentStart, incidentEnd }: EventTimelineProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { width } = useElementWidth(ref);
  if (entries.length === 0) return <p className="text-sm text-muted">The analysis found no events to place on a timeline.</p>;
  const times = entries.map((e) => Date.parse(e.timestamp));
  const from = Math.min(...times, incidentStart);
  const to = Math.max(...times, incidentEnd, from + 60_000);
  const span = to - from;
  const x = (t: number) => PAD + ((t - from) / span) * Math.max(1, width - 2 * PAD);
  // Marks close together stack upward so each stays visible.
  const lanes: number[] = [];
  const laneOf = entries.map((e) => {
    const px = x(Date.parse(e.timestamp));
    let lane = 0;
    while (lanes[lane] !== undefined && px - lanes[lane] < 14) lane++;
    lanes[lane] = px;
    return lane;
  });
  const height = 44 + Math.min(4, Math.max(...laneOf)) * 14;
  return (
    <div className="space-y-3">
      <div ref={ref} className="w-full">
        {width > 0 && (
          <svg width={width} height={height + 20} role="img" aria-label={`Timeline of ${entries.length} events from ${formatTime(from)} to ${formatTime(to)}`}>
            <rect x={x(incidentStart)} y={4} width={Math.max(2, x(incidentEnd) - x(incidentStart))} height={height - 4} fill="var(--danger)" opacity={0.07} />
            <line x1={PAD} x2={width - PAD} y1={height} y2={height} stroke="var(--border)" />
            {timeTicks(from, to, Math.max(2, Math.floor(width / 120))).map((t) => (
              <g key={t}>
                <line x1={x(t)} x2={x(t)} y1={height} y2={height + 4} stroke="var(--border)" />
                <text x={x(t)} y={height + 16} textAnchor="middle" fontSize={10} fill="var(--muted)">
                  {tickFormatter(span)(t)}
                </text>
              </g>
            ))}
            {entries.map((e, i) => (
              <circle key={i} cx={x(Date.parse(e.timestamp))} cy={height - 12 - Math.min(4, laneOf[i]) * 14} r={RADIUS[e.significance]} fill={COLOR[e.significance]} stroke="var(--surface)" strokeWidth={1.5}>
                <title>{`${formatTime(e.timestamp)}: ${e.event}`}</title>
              </circle>
            ))}
          </svg>
        )}
      </div>
      <ol aria-label="Timeline events" className="max-h-80 space-y-1.5 overflow-y-auto pr-1 text-sm">
        {entries.map((e, i) => (
          <li key={i} className="flex gap-3">
            <span aria-hidden className="mt-1.5 h-2 w-2 shrink-0 rounded-full" style={{ background: COLOR[e.significance] }} />
            <LocalTime value={e.timestamp} className="w-40 shrink-0 tabular-nums text-muted" />
            <span className="min-w-0">
              {e.event}
              <span className="sr-only"> ({e.significance} significance)</span>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
