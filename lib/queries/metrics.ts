// Query definitions for metrics, anomaly lanes and anomalies: one key and fetcher
// each, used by server prefetch and client hooks. Time bounds stay as the API takes them
// (`now-24h`, ISO), so a live range keeps one key while its data moves with the clock.
import type { AIOpsMetric } from '@/schemas';
import { apiFetch } from '../http/api-fetch';
import { queryString } from './query-string';
import type { SeriesBucket, SeriesSource } from '../aiops/query/query-series';
import type { ScoreLane } from '../aiops/query/score-lanes';
import type { PluginHealth } from '../aiops/query/fleet-health';

export type { SeriesBucket, ScoreLane, PluginHealth };

export interface AnomalyDto {
  id: number;
  pluginId: string;
  metric: string;
  startedAt: string;
  endedAt: string;
  peakAt: string;
  /** Peak confidence, 0..100. */
  score: number;
  peakValue: number;
  expected: number;
  lower: number;
  upper: number;
  type: string;
  incidentId: number | null;
  createdAt: string;
}

export interface MetricSeriesDto {
  pluginId: string;
  metric: string;
  from: number;
  to: number;
  bucketMs: number;
  source: SeriesSource;
  buckets: SeriesBucket[];
  anomalies: AnomalyDto[];
  /** A metric read from Prometheus: why no data could be read (e.g. "Prometheus unreachable: …"). */
  degraded?: string;
  /** A metric read from Prometheus: why the detector's last poll failed (retried with backoff). */
  detectionError?: string;
}

/** Every protocol metric of one plugin, in the protocol's order. */
export interface MetricStackDto {
  pluginId: string;
  series: (MetricSeriesDto & { metric: AIOpsMetric })[];
}

export interface LanesDto {
  from: number;
  to: number;
  bucketMs: number;
  lanes: ScoreLane[];
}

// A type alias rather than an interface, so it fits the query-string builder's record type.
export type TimeWindow = { from: string; to: string };

export const metricQueries = {
  all: () => ['metrics'] as const,
  /** `width` is the chart's width in pixels: the server sends at most that many buckets. */
  series: (q: TimeWindow & { plugin: string; metric: string; width: number }) => ({
    queryKey: [...metricQueries.all(), 'series', q.plugin, q.metric, q.from, q.to, q.width] as const,
    queryFn: ({ signal }: { signal?: AbortSignal }) => apiFetch<MetricSeriesDto>(`/api/v1/metrics?${queryString(q)}`, { signal }),
  }),
  stack: (q: TimeWindow & { plugin: string; width: number }) => ({
    queryKey: [...metricQueries.all(), 'stack', q.plugin, q.from, q.to, q.width] as const,
    queryFn: ({ signal }: { signal?: AbortSignal }) => apiFetch<MetricStackDto>(`/api/v1/metrics/stack?${queryString(q)}`, { signal }),
  }),
  lanes: (q: TimeWindow & { width: number }) => ({
    queryKey: [...metricQueries.all(), 'lanes', q.from, q.to, q.width] as const,
    queryFn: ({ signal }: { signal?: AbortSignal }) => apiFetch<LanesDto>(`/api/v1/anomalies/lanes?${queryString(q)}`, { signal }),
  }),
  anomalies: (q: TimeWindow & { plugin?: string }) => ({
    queryKey: [...metricQueries.all(), 'anomalies', q.from, q.to, q.plugin ?? null] as const,
    queryFn: async ({ signal }: { signal?: AbortSignal }) => (await apiFetch<{ anomalies: AnomalyDto[] }>(`/api/v1/anomalies?${queryString(q)}`, { signal })).anomalies,
  }),
};
