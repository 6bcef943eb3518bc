'use client';
// One action of the self-healing dry run over the previewed range: a band where its trigger held,
// and a mark per chart bucket in which it would have proposed, a filled circle when the engine
// would approve it itself and a hollow diamond when it would wait for an approver (shape, not
// only colour, tells them apart). The legend below the panel uses the same shapes.
import type { HealingActionPreview } from '@/lib/queries/optimizations';
import { formatTime, tickFormatter, timeTicks } from '@/components/charts/time-format';

type Ok = Extract<HealingActionPreview, { ok: true }>;

export interface HealingTimelineProps {
  data: Pick<Ok, 'holds' | 'marks'>;
  from: number;
  to: number;
  bucketMs: number;
  width: number;
  /** Read out instead of the drawing. */
  label: string;
}

const HEIGHT = 34;
const BAND_Y = 6;
const BAND_H = 14;
const MID = BAND_Y + BAND_H / 2;

export function AutoMark({ x, y, title }: { x: number; y: number; title?: string }) {
  return (
    <circle cx={x} cy={y} r={3.5} fill="var(--accent)" stroke="var(--surface)" strokeWidth={1}>
      {title && <title>{title}</title>}
    </circle>
  );
}

export function ApprovalMark({ x, y, title }: { x: number; y: number; title?: string }) {
  return (
    <path d={`M${x} ${y - 4.5}L${x + 4.5} ${y}L${x} ${y + 4.5}L${x - 4.5} ${y}Z`} fill="var(--surface)" stroke="var(--warning)" strokeWidth={1.6}>
      {title && <title>{title}</title>}
    </path>
  );
}

export function HoldSwatch({ x, y, w }: { x: number; y: number; w: number }) {
  return <rect x={x} y={y} width={w} height={BAND_H} rx={2} fill="var(--danger)" fillOpacity={0.18} stroke="var(--danger)" strokeOpacity={0.5} strokeWidth={0.75} />;
}

export function HealingTimeline({ data, from, to, bucketMs, width, label }: HealingTimelineProps) {
  const x = (t: number) => ((t - from) / (to - from)) * width;
  const fmt = tickFormatter(to - from);
  // Labels too close to an edge would be cut off.
  const ticks = timeTicks(from, to, Math.max(2, Math.floor(width / 90))).filter((t) => x(t) >= 18 && x(t) <= width - 18);
  return (
    <svg width={width} height={HEIGHT} role="img" aria-label={label} className="block overflow-visible">
      <line x1={0} x2={width} y1={MID} y2={MID} stroke="var(--border)" />
      {data.holds.map((s) => (
        <HoldSwatch key={s.start} x={x(s.start)} y={BAND_Y} w={Math.max(2, x(s.end) - x(s.start))} />
      ))}
      {data.marks.map((m) => {
        const cx = x(m.t + bucketMs / 2);
        const when = `${formatTime(m.t)}–${formatTime(m.t + bucketMs)}`;
        return (
          <g key={m.t}>
            {m.approval > 0 && <ApprovalMark x={cx} y={m.auto > 0 ? MID - 3 : MID} title={`${when}: ${m.approval} would wait for approval`} />}
            {m.auto > 0 && <AutoMark x={cx} y={m.approval > 0 ? MID + 3 : MID} title={`${when}: ${m.auto} the engine would approve`} />}
          </g>
        );
      })}
      {ticks.map((t) => (
        <text key={t} x={x(t)} y={HEIGHT - 1} textAnchor="middle" fontSize={9} fill="var(--muted)">
          {fmt(t)}
        </text>
      ))}
    </svg>
  );
}
