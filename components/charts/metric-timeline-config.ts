// The typed configuration of a metric timeline: what each series is called and which theme
// colour it uses (CSS variables, so light and dark differ only in app/globals.css).
import { metricInfo, type UnitKind } from './metric-format';

export interface SeriesStyle {
  label: string;
  color: string;
}

/** Something that happened to the plugin, marked on the time axis (e.g. a healing action). */
export interface TimelineAnnotation {
  id: string;
  /** Epoch ms where the mark starts; `end` (if known) shades the span until then. */
  at: number;
  end: number | null;
  /** Short text on the mark, e.g. `restart`. */
  label: string;
  /** Hover and screen-reader text. */
  detail: string;
  tone: 'accent' | 'success' | 'danger' | 'warning' | 'muted';
}

export interface MetricTimelineConfig {
  /** Charts with the same syncId show one hover position across the stack. */
  syncId: string;
  title: string;
  unit: UnitKind;
  height: number;
  series: {
    /** The bucket mean, drawn as a line. */
    value: SeriesStyle;
    /** The bucket min–max, drawn faintly so a spike inside a bucket stays visible. */
    envelope: SeriesStyle;
    /** The detector's expected value, a thin dashed line. */
    expected: SeriesStyle;
    /** The detector's lower–upper band: values outside it are suspicious. */
    band: SeriesStyle;
  };
}

export function metricTimelineConfig(metric: string, syncId: string): MetricTimelineConfig {
  const info = metricInfo(metric);
  return {
    syncId,
    title: info.label,
    unit: info.unit,
    height: 150,
    series: {
      value: { label: 'Mean', color: 'var(--accent)' },
      envelope: { label: 'Min–max', color: 'var(--accent)' },
      expected: { label: 'Expected', color: 'var(--success)' },
      band: { label: 'Expected band', color: 'var(--success)' },
    },
  };
}
