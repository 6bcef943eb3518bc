// The Anomalies view lives in the URL (range, custom bounds, selected plugin), parsed the same
// way by the server page (to prefetch) and the client (to render), so every view is linkable.
import { createLoader, createSerializer, parseAsStringLiteral, type LoaderInput } from 'nuqs/server';
import { z } from 'zod';
import { PluginIdSchema } from '@/schemas';
// The API refuses longer ranges; a longer custom range in a URL falls back to the default.
import { MAX_QUERY_RANGE_MS } from '@/schemas/ingest';
import { zodParam } from '../url-state';

export const RANGE_PRESETS = [
  { id: '1h', label: '1h', title: 'Last hour', ms: 3_600_000 },
  { id: '6h', label: '6h', title: 'Last 6 hours', ms: 6 * 3_600_000 },
  { id: '24h', label: '24h', title: 'Last 24 hours', ms: 24 * 3_600_000 },
  { id: '7d', label: '7d', title: 'Last 7 days', ms: 7 * 86_400_000 },
  { id: '30d', label: '30d', title: 'Last 30 days', ms: 30 * 86_400_000 },
] as const;

export type RangePresetId = (typeof RANGE_PRESETS)[number]['id'];
export const DEFAULT_RANGE: RangePresetId = '24h';
/** Brushing never zooms closer than this: below it a chart has too few points to read. */
export const MIN_RANGE_MS = 60_000;

export interface AnomaliesView {
  /** A preset that ends now (live), or `custom` for fixed bounds. */
  range: RangePresetId | 'custom';
  /** Bounds as the API takes them: `now-24h`/`now` for presets, ISO for custom. */
  from: string;
  to: string;
  live: boolean;
  plugin: string | null;
}

const Iso = z.iso.datetime({ offset: true });
const presetIds = RANGE_PRESETS.map((p) => p.id);

const anomaliesParams = {
  range: parseAsStringLiteral(presetIds).withDefault(DEFAULT_RANGE),
  from: zodParam(Iso),
  to: zodParam(Iso),
  plugin: zodParam(PluginIdSchema),
};
const load = createLoader(anomaliesParams);
const serialize = createSerializer(anomaliesParams);

/** Custom bounds win when both parse and span from a minute to the API's longest range; else the preset. */
export function parseAnomaliesParams(raw: LoaderInput): AnomaliesView {
  const { range, from, to, plugin } = load(raw);
  const span = from && to ? Date.parse(to) - Date.parse(from) : 0;
  if (from && to && span >= MIN_RANGE_MS && span <= MAX_QUERY_RANGE_MS) return { range: 'custom', from, to, live: false, plugin };
  return { range, from: `now-${range}`, to: 'now', live: true, plugin };
}

/** The URL of a view; only what differs from the defaults is written. */
export function anomaliesHref(view: { range: RangePresetId | 'custom'; from?: string; to?: string; plugin: string | null }): string {
  const custom = view.range === 'custom' && view.from && view.to;
  return serialize('/anomalies', {
    range: view.range === 'custom' ? null : view.range,
    from: custom ? view.from : null,
    to: custom ? view.to : null,
    plugin: view.plugin,
  });
}
