// The views that live in URLs, read and written through nuqs: defaults left out, values the
// protocol does not allow read as absent, the custom range of the Anomalies page at its bounds.
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_RANGE_MS } from '@/schemas/ingest';
import { anomaliesHref, MIN_RANGE_MS, parseAnomaliesParams } from './anomalies/search-params';
import { generatorHref, parseGeneratorParams } from './generator/search-params';
import { incidentsHref, parseIncidentsParams } from './incidents/search-params';
import { optimizationsHref, parseStatus } from './optimizations/search-params';
import { healingHref, parseHealingParams } from './healing/search-params';

const iso = (ms: number) => new Date(ms).toISOString();
const T = Date.UTC(2026, 11, 1);

describe('Anomalies view', () => {
  it('reads a preset, the server’s record and the browser’s URLSearchParams alike', () => {
    expect(parseAnomaliesParams({ range: '7d', plugin: 'checkout-api' })).toEqual({ range: '7d', from: 'now-7d', to: 'now', live: true, plugin: 'checkout-api' });
    expect(parseAnomaliesParams(new URLSearchParams('range=7d&plugin=checkout-api'))).toEqual(parseAnomaliesParams({ range: ['7d', '1h'], plugin: 'checkout-api' }));
    expect(parseAnomaliesParams({})).toMatchObject({ range: '24h', plugin: null });
  });

  it('falls back to the default for an unknown preset or plugin id', () => {
    expect(parseAnomaliesParams({ range: '2y', plugin: '../etc' })).toMatchObject({ range: '24h', plugin: null });
  });

  it('takes custom bounds from one minute to the longest range, and not one millisecond outside', () => {
    const custom = (span: number) => parseAnomaliesParams({ from: iso(T), to: iso(T + span) }).range;
    expect(custom(MIN_RANGE_MS)).toBe('custom');
    expect(custom(MIN_RANGE_MS - 1)).toBe('24h');
    expect(custom(MAX_QUERY_RANGE_MS)).toBe('custom');
    expect(custom(MAX_QUERY_RANGE_MS + 1)).toBe('24h');
    expect(parseAnomaliesParams({ from: 'yesterday', to: iso(T) }).range).toBe('24h');
  });

  it('writes only what differs from the defaults, and round-trips', () => {
    expect(anomaliesHref({ range: '24h', plugin: null })).toBe('/anomalies');
    expect(anomaliesHref({ range: '1h', plugin: 'checkout-api' })).toBe('/anomalies?range=1h&plugin=checkout-api');
    const href = anomaliesHref({ range: 'custom', from: iso(T), to: iso(T + 3_600_000), plugin: null });
    expect(parseAnomaliesParams(new URL(href, 'http://x').searchParams)).toMatchObject({ range: 'custom', from: iso(T), to: iso(T + 3_600_000) });
  });
});

describe('the other views', () => {
  it('incidents: defaults left out, unknown severities and statuses ignored', () => {
    const view = parseIncidentsParams({ range: '30d', severity: 'critical', status: 'exploded' });
    expect(view).toEqual({ range: '30d', plugin: null, status: null, severity: 'critical' });
    expect(incidentsHref(view)).toBe('/incidents?range=30d&severity=critical');
    expect(incidentsHref({ range: '7d', plugin: null, status: null, severity: null })).toBe('/incidents');
  });

  it('generator: ?g= holds a generation id of up to 64 safe characters', () => {
    expect(parseGeneratorParams({ g: 'a'.repeat(64) }).open).toBe('a'.repeat(64));
    expect(parseGeneratorParams({ g: 'a'.repeat(65) }).open).toBeNull();
    expect(parseGeneratorParams(new URLSearchParams('g=%3Cscript%3E')).open).toBeNull();
    expect(generatorHref({ open: 'gen-1' })).toBe('/generator?g=gen-1');
    expect(generatorHref({ open: null })).toBe('/generator');
  });

  it('optimizations and healing: the default status and tab are not written', () => {
    expect(parseStatus({ status: 'applied' })).toBe('applied');
    expect(parseStatus({ status: 'bogus' })).toBe('open');
    expect(optimizationsHref('open')).toBe('/optimizations');
    expect(optimizationsHref('all')).toBe('/optimizations?status=all');
    expect(healingHref({ ...parseHealingParams({ tab: 'history' }), type: 'not-an-action' })).toBe('/healing?tab=history');
  });
});
