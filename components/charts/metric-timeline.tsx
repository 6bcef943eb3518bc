'use client';
// One metric over time: the mean line with a faint min–max envelope (spikes survive
// downsampling), the detector's expected band, and anomalies marked in their score colour.
// Drag across it to zoom; click a marked anomaly to open it. Charts sharing a syncId hover
// together, so a stack of them reads as one time axis.
import { memo, useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis, type SyncMethod } from 'recharts';
import type { AnomalyDto, SeriesBucket } from '@/lib/queries/metrics';
import { formatValue } from './metric-format';
import type { MetricTimelineConfig, TimelineAnnotation } from './metric-timeline-config';
import { MetricTooltip } from './metric-tooltip';
import { TimelineAnnotations } from './timeline-annotations';
import { clusterSpans } from './cluster-spans';
import { scoreColor } from './score-scale';
import { tickFormatter, timeTicks } from './time-format';
import { timelineRows } from './timeline-rows';

export interface MetricTimelineData {
  from: number;
  to: number;
  bucketMs: number;
  buckets: SeriesBucket[];
  anomalies: AnomalyDto[];
  /** Optional marks on the time axis, such as approved and finished healing actions. */
  annotations?: TimelineAnnotation[];
}

export interface MetricTimelineProps {
  config: MetricTimelineConfig;
  data: MetricTimelineData;
  /** The chart's width in pixels (measured by the caller, who also sized the data to it). */
  width: number;
  /** Only the bottom chart of a stack needs time labels. */
  showTimeAxis: boolean;
  /** Shortest range a drag may select, in ms. */
  minZoomMs: number;
  onZoom: (from: number, to: number) => void;
  onSelectAnomaly: (anomaly: AnomalyDto) => void;
  /** Optional vertical marks (change points, deploys): none unless given. */
  markers?: TimelineMarker[];
  /** Told while the pointer is on the chart or pressed on it (a drag), so a live view can pause. */
  onHold?: (key: string, on: boolean) => void;
}

export interface TimelineMarker {
  t: number;
  color: string;
  /** Dashed for events, solid for detected change points. */
  dashed?: boolean;
}

/** Live charts each resolve "now" on their own, so their buckets differ by milliseconds:
 * hover sync matches the nearest time rather than an exact value. */
const nearestTick: SyncMethod = (ticks, active) => {
  const x = Number(active.activeLabel);
  let best = 0;
  ticks.forEach((t, i) => {
    if (Math.abs(Number(t.value) - x) < Math.abs(Number(ticks[best].value) - x)) best = i;
  });
  return best;
};

const MARGIN = { top: 8, right: 16, bottom: 0, left: 4 };
const Y_AXIS_WIDTH = 76;
/** The chart's width that is not plot: a caller sizes its data to the rest. */
export const TIMELINE_AXES_PX = MARGIN.left + Y_AXIS_WIDTH + MARGIN.right;
/** A press that moves less than this is a click, not a drag. */
const DRAG_THRESHOLD_PX = 4;

/** Memoised: a stack of these redraws only the chart whose data, size or hover changed. */
export const MetricTimeline = memo(function MetricTimeline({ config, data, width, showTimeAxis, minZoomMs, onZoom, onSelectAnomaly, markers, onHold }: MetricTimelineProps) {
  const { from, to, bucketMs } = data;
  const rows = useMemo(() => timelineRows(data.buckets, bucketMs), [data.buckets, bucketMs]);
  const ref = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x0: number; dragging: boolean } | null>(null);
  const [selection, setSelection] = useState<[number, number] | null>(null);
  const [hovered, setHovered] = useState(false);
  const [overAnomaly, setOverAnomaly] = useState(false);

  // A chart that goes away (a new range, another plugin) lets go of any hold it had.
  useEffect(
    () => () => {
      onHold?.(`${config.title}:pointer`, false);
      onHold?.(`${config.title}:hover`, false);
    },
    [onHold, config.title],
  );

  const plotLeft = MARGIN.left + Y_AXIS_WIDTH;
  const plotWidth = Math.max(1, width - plotLeft - MARGIN.right);
  const msPerPx = (to - from) / plotWidth;
  const xOf = (clientX: number) => {
    const left = ref.current?.getBoundingClientRect().left ?? 0;
    return Math.min(plotLeft + plotWidth, Math.max(plotLeft, clientX - left));
  };
  const timeOf = (px: number) => from + (px - plotLeft) * msPerPx;

  // Every anomaly stays at least a few pixels wide, however short, so it can be seen and hit;
  // anomalies that would touch on screen are drawn as one mark in the highest score's colour
  // (a week holds hundreds, a few pixels apart), and a click opens the highest.
  const marks = useMemo(() => {
    const minSpan = 4 * msPerPx;
    const spans = data.anomalies.map((a) => {
      const start = Date.parse(a.startedAt);
      return { start, end: Math.max(Date.parse(a.endedAt), start + bucketMs, start + minSpan), score: a.score, item: a };
    });
    return clusterSpans(spans, 2 * msPerPx).map((c) => ({ a: c.items[0], x1: Math.max(from, c.start), x2: Math.min(to, c.end), peak: Date.parse(c.items[0].peakAt) }));
  }, [data.anomalies, msPerPx, bucketMs, from, to]);

  const anomalyAt = (t: number) => {
    const tol = 4 * msPerPx;
    return marks.find((m) => t >= m.x1 - tol && t <= m.x2 + tol)?.a;
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    drag.current = { x0: xOf(e.clientX), dragging: false };
    onHold?.(`${config.title}:pointer`, true);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const x = xOf(e.clientX);
    const d = drag.current;
    if (!d) {
      setOverAnomaly(Boolean(anomalyAt(timeOf(x))));
      return;
    }
    if (!d.dragging && Math.abs(x - d.x0) > DRAG_THRESHOLD_PX) {
      d.dragging = true;
      e.currentTarget.setPointerCapture(e.pointerId);
    }
    if (d.dragging) setSelection([Math.min(d.x0, x), Math.max(d.x0, x)]);
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    drag.current = null;
    setSelection(null);
    onHold?.(`${config.title}:pointer`, false);
    if (!d) return;
    const x = xOf(e.clientX);
    if (d.dragging) {
      const a = timeOf(Math.min(d.x0, x));
      const b = timeOf(Math.max(d.x0, x));
      if (b - a >= minZoomMs) onZoom(Math.round(a), Math.round(b));
      else onZoom(Math.round((a + b) / 2 - minZoomMs / 2), Math.round((a + b) / 2 + minZoomMs / 2));
      return;
    }
    const hit = anomalyAt(timeOf(x));
    if (hit) onSelectAnomaly(hit);
  };
  const cancel = () => {
    drag.current = null;
    setSelection(null);
    onHold?.(`${config.title}:pointer`, false);
  };

  const span = to - from;
  const ticks = timeTicks(from, to, Math.floor(plotWidth / 110));
  const f = (v: number) => formatValue(v, config.unit);
  const s = config.series;

  return (
    <div
      ref={ref}
      className={`relative select-none touch-pan-y ${overAnomaly ? 'cursor-pointer' : 'cursor-crosshair'}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={cancel}
      onPointerEnter={() => {
        setHovered(true);
        onHold?.(`${config.title}:hover`, true);
      }}
      onPointerLeave={() => {
        setHovered(false);
        onHold?.(`${config.title}:hover`, false);
        setOverAnomaly(false);
      }}
    >
      <ComposedChart
        width={width}
        height={config.height + (showTimeAxis ? 24 : 4)}
        data={rows}
        margin={MARGIN}
        syncId={config.syncId}
        syncMethod={nearestTick}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis
          dataKey="x"
          type="number"
          scale="time"
          domain={[from, to]}
          allowDataOverflow
          ticks={ticks}
          tickFormatter={tickFormatter(span)}
          tick={showTimeAxis ? { fill: 'var(--muted)', fontSize: 11 } : false}
          height={showTimeAxis ? 24 : 4}
          stroke="var(--border)"
          tickLine={false}
        />
        <YAxis
          width={Y_AXIS_WIDTH}
          tickFormatter={f}
          tick={{ fill: 'var(--muted)', fontSize: 11 }}
          tickCount={4}
          stroke="var(--border)"
          tickLine={false}
          domain={['auto', 'auto']}
        />
        <Area dataKey="band" name={s.band.label} stroke="none" fill={s.band.color} fillOpacity={0.14} isAnimationActive={false} activeDot={false} />
        <Area dataKey="envelope" name={s.envelope.label} stroke="none" fill={s.envelope.color} fillOpacity={0.2} isAnimationActive={false} activeDot={false} />
        <Line
          dataKey="expected"
          name={s.expected.label}
          stroke={s.expected.color}
          strokeOpacity={0.7}
          strokeDasharray="4 3"
          strokeWidth={1}
          dot={false}
          activeDot={false}
          isAnimationActive={false}
        />
        <Line dataKey="mean" name={s.value.label} stroke={s.value.color} strokeWidth={1.5} dot={false} isAnimationActive={false} />
        {marks.map(({ a, x1, x2 }) => (
          <ReferenceArea key={`area-${a.id}`} x1={x1} x2={x2} fill={scoreColor(a.score / 100)} fillOpacity={0.22} stroke="none" />
        ))}
        {marks
          .filter((m) => m.peak >= from && m.peak <= to)
          .map(({ a, peak }) => (
            <ReferenceDot key={`dot-${a.id}`} x={peak} y={a.peakValue} r={4.5} fill={scoreColor(a.score / 100)} stroke="var(--surface)" strokeWidth={1.5} />
          ))}
        {markers
          ?.filter((m) => m.t >= from && m.t <= to)
          .map((m, i) => (
            <ReferenceLine key={`marker-${i}`} x={m.t} stroke={m.color} strokeWidth={1.5} strokeDasharray={m.dashed ? '5 3' : undefined} ifOverflow="hidden" />
          ))}
        <Tooltip
          cursor={{ stroke: 'var(--muted)', strokeDasharray: '3 3' }}
          isAnimationActive={false}
          allowEscapeViewBox={{ x: false, y: true }}
          wrapperStyle={{ zIndex: 20 }}
          content={(p) =>
            hovered && !selection ? <MetricTooltip config={config} row={p.payload?.[0]?.payload} bucketMs={bucketMs} anomalies={data.anomalies} /> : null
          }
        />
      </ComposedChart>
      {data.annotations && data.annotations.length > 0 && (
        <TimelineAnnotations
          annotations={data.annotations}
          from={from}
          to={to}
          left={plotLeft}
          width={plotWidth}
          top={MARGIN.top}
          height={config.height - MARGIN.top}
        />
      )}
      {selection && (
        <div
          aria-hidden
          className="pointer-events-none absolute border-x border-accent bg-accent/15"
          style={{ left: selection[0], width: selection[1] - selection[0], top: MARGIN.top, height: config.height - MARGIN.top }}
        />
      )}
    </div>
  );
});
