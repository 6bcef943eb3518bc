// Per-plugin character of the demo fleet: traffic shape, capacity, memory layout and the
// external systems each plugin depends on. Numbers are chosen so normal load sits at 30–40 %
// of capacity and memory at 50–65 % of the sandbox heap limit, leaving room for incidents.
import { AIOpsMetricSchema } from '@/schemas';
import type { DemoPluginId } from './types';

const MiB = 1024 * 1024;

/** Sandbox limits seeded by lib/demo/seed-demo.ts for every demo plugin. */
export const DEMO_LIMITS = {
  /** runtime.resourceLimits.maxMemory: the whole process (heap + buffers + code). */
  maxMemory: 536_870_912,
  /** memory.maxHeap: the JS heap; memory-usage is measured against this. */
  maxHeap: 268_435_456,
  maxCpu: 50,
} as const;

export interface DailyPeak {
  hour: number;
  width: number;
  height: number;
}

export interface DependencyLink {
  id: string;
  /** true for a database/service outside the fleet, false for another demo plugin. */
  external: boolean;
  /** Share of requests that call it. */
  weight: number;
  host: string;
  port: number;
}

export interface PluginProfile {
  id: DemoPluginId;
  /** Requests/s at the nominal weekday peak. */
  peakRps: number;
  capacityPerInstance: number;
  instances: number;
  queueLimit: number;
  serviceMs: number;
  baseErrorRate: number;
  baseCpu: number;
  idleConnections: number;
  /** Keep-alive client connections per request/s. */
  keepAlive: number;
  retainedBase: number;
  youngMax: number;
  cacheMax: number;
  /** Service-time multiplier when the cache is disabled. */
  cacheMissFactor: number;
  poolSize: number;
  nightFloor: number;
  peaks: DailyPeak[];
  weekendFactor: number;
  scheduled: 'none' | 'hourly-reports' | 'nightly-reindex';
  dependencies: DependencyLink[];
  version: string;
  /** Info log lines per step at full load. */
  infoLogsPerStep: number;
}

const ext = (id: string, weight: number, host: string, port: number): DependencyLink => ({ id, external: true, weight, host, port });
const dep = (id: DemoPluginId, weight: number): DependencyLink => ({ id, external: false, weight, host: `${id}.plugins.internal`, port: 443 });

export const PROFILES: Record<DemoPluginId, PluginProfile> = {
  'checkout-api': {
    id: 'checkout-api', peakRps: 120, capacityPerInstance: 110, instances: 3, queueLimit: 2000,
    serviceMs: 42, baseErrorRate: 0.0015, baseCpu: 6, idleConnections: 24, keepAlive: 0.6,
    retainedBase: 96 * MiB, youngMax: 36 * MiB, cacheMax: 28 * MiB, cacheMissFactor: 1.8, poolSize: 40,
    nightFloor: 0.12, weekendFactor: 0.75, scheduled: 'none',
    peaks: [{ hour: 11, width: 2.5, height: 0.85 }, { hour: 15, width: 2.5, height: 0.8 }, { hour: 20.5, width: 1.6, height: 0.5 }],
    dependencies: [ext('postgres-main', 0.9, 'postgres-main.internal', 5432), ext('redis-cache', 0.8, 'redis-cache.internal', 6379), ext('payments-gateway', 0.25, 'api.payments.example', 443), dep('inventory-sync', 0.5), dep('notification-hub', 0.3)],
    version: '3.8.2', infoLogsPerStep: 0.45,
  },
  'inventory-sync': {
    id: 'inventory-sync', peakRps: 35, capacityPerInstance: 60, instances: 2, queueLimit: 5000,
    serviceMs: 85, baseErrorRate: 0.002, baseCpu: 5, idleConnections: 10, keepAlive: 0.4,
    retainedBase: 84 * MiB, youngMax: 28 * MiB, cacheMax: 40 * MiB, cacheMissFactor: 1.6, poolSize: 30,
    nightFloor: 0.2, weekendFactor: 0.5, scheduled: 'none',
    peaks: [{ hour: 10, width: 2.8, height: 0.85 }, { hour: 14.5, width: 2.6, height: 0.8 }],
    dependencies: [ext('warehouse-db', 0.95, 'warehouse-db.internal', 5432), ext('postgres-main', 0.6, 'postgres-main.internal', 5432)],
    version: '1.14.0', infoLogsPerStep: 0.3,
  },
  'notification-hub': {
    id: 'notification-hub', peakRps: 60, capacityPerInstance: 80, instances: 2, queueLimit: 20000,
    serviceMs: 120, baseErrorRate: 0.003, baseCpu: 4, idleConnections: 16, keepAlive: 0.3,
    retainedBase: 72 * MiB, youngMax: 24 * MiB, cacheMax: 24 * MiB, cacheMissFactor: 2.4, poolSize: 40,
    nightFloor: 0.15, weekendFactor: 0.6, scheduled: 'none',
    peaks: [{ hour: 10.5, width: 2.5, height: 0.8 }, { hour: 15.5, width: 2.8, height: 0.85 }],
    dependencies: [ext('smtp-relay', 0.6, 'smtp-relay.internal', 587), ext('sms-gateway', 0.2, 'sms.gateway.example', 443), ext('redis-cache', 0.5, 'redis-cache.internal', 6379)],
    version: '2.3.7', infoLogsPerStep: 0.4,
  },
  'report-builder': {
    id: 'report-builder', peakRps: 3, capacityPerInstance: 5, instances: 2, queueLimit: 500,
    serviceMs: 2400, baseErrorRate: 0.004, baseCpu: 8, idleConnections: 6, keepAlive: 1,
    retainedBase: 120 * MiB, youngMax: 48 * MiB, cacheMax: 32 * MiB, cacheMissFactor: 1.5, poolSize: 10,
    nightFloor: 0.1, weekendFactor: 0.35, scheduled: 'hourly-reports',
    peaks: [{ hour: 9.5, width: 2, height: 0.7 }, { hour: 14, width: 3, height: 0.75 }],
    dependencies: [ext('postgres-replica', 0.9, 'postgres-replica.internal', 5432), ext('object-storage', 0.7, 'objects.internal', 443)],
    version: '0.9.12', infoLogsPerStep: 0.2,
  },
  'search-indexer': {
    id: 'search-indexer', peakRps: 40, capacityPerInstance: 60, instances: 2, queueLimit: 50000,
    serviceMs: 30, baseErrorRate: 0.001, baseCpu: 5, idleConnections: 8, keepAlive: 0.2,
    retainedBase: 110 * MiB, youngMax: 32 * MiB, cacheMax: 16 * MiB, cacheMissFactor: 1.4, poolSize: 20,
    nightFloor: 0.12, weekendFactor: 0.55, scheduled: 'nightly-reindex',
    peaks: [{ hour: 10, width: 3, height: 0.8 }, { hour: 15, width: 2.5, height: 0.75 }],
    dependencies: [ext('opensearch', 0.95, 'opensearch.internal', 9200), ext('postgres-main', 0.3, 'postgres-main.internal', 5432)],
    version: '4.1.3', infoLogsPerStep: 0.3,
  },
};

export const PLUGIN_IDS = Object.keys(PROFILES) as DemoPluginId[];

/** Every external system any plugin depends on. */
export const EXTERNAL_DEPENDENCIES = [...new Set(PLUGIN_IDS.flatMap((id) => PROFILES[id].dependencies.filter((d) => d.external).map((d) => d.id)))];

/** The fleet reports every metric of the protocol. */
export const FLEET_METRICS = AIOpsMetricSchema.options;

export const MIB = MiB;
