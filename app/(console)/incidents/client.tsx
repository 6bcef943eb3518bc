'use client';
// The Incidents list: counts per status (which filter the list), range, plugin and severity
// filters in the URL, and each incident with its symptoms. Refreshes every 30 s.
import { useRouter, useSearchParams } from 'next/navigation';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ShieldCheck } from 'lucide-react';
import { incidentQueries } from '@/lib/queries/incidents';
import { pluginQueries } from '@/lib/queries/plugins';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { QueryError } from '@/components/shared/query-error';
import { IncidentCounts } from '@/components/incidents/incident-counts';
import { IncidentFilters } from '@/components/incidents/incident-filters';
import { IncidentList } from '@/components/incidents/incident-list';
import { IncidentsSkeleton } from '@/components/incidents/incidents-skeleton';
import { INCIDENT_RANGES, incidentFilters, incidentsHref, parseIncidentsParams, type IncidentRange, type IncidentsView } from './search-params';

const REFRESH_MS = 30_000;

export function IncidentsClient() {
  const router = useRouter();
  const view = parseIncidentsParams(new URLSearchParams(useSearchParams().toString()));
  const plugins = useQuery(pluginQueries.list());
  const list = useQuery({ ...incidentQueries.list(incidentFilters(view)), refetchInterval: REFRESH_MS, placeholderData: keepPreviousData });
  const go = (next: Partial<IncidentsView>) => router.replace(incidentsHref({ ...view, ...next }), { scroll: false });
  const range = INCIDENT_RANGES.find((r) => r.id === view.range)!;
  const filtered = Boolean(view.plugin || view.status || view.severity);

  return (
    <>
      <PageHeader
        title="Incidents"
        description="Anomalies on one plugin that come together while the plugin reports itself unhealthy become an incident. Each gets a root-cause analysis from the metrics, changes, dependencies and logs the console has."
      />
      <div className="space-y-5">
        <IncidentFilters
          ranges={INCIDENT_RANGES}
          range={view.range}
          plugins={plugins.data ?? []}
          plugin={view.plugin}
          severity={view.severity}
          severityCounts={list.data?.counts.severity ?? {}}
          onRange={(id) => go({ range: id as IncidentRange })}
          onPlugin={(plugin) => go({ plugin })}
          onSeverity={(severity) => go({ severity: severity as IncidentsView['severity'] })}
        />
        {list.error ? (
          <QueryError what="the incidents" error={list.error} onRetry={() => list.refetch()} />
        ) : !list.data ? (
          <IncidentsSkeleton />
        ) : (
          <>
            <IncidentCounts counts={list.data.counts} status={view.status} onStatus={(status) => go({ status })} />
            {list.data.incidents.length === 0 ? (
              <EmptyState icon={ShieldCheck} title={filtered ? 'No incidents match these filters' : `No incidents in the ${range.title.toLowerCase()}`}>
                {filtered
                  ? 'Clear a filter or widen the time range.'
                  : 'Incidents open when several metrics of a plugin turn anomalous together while it reports itself degraded or unhealthy.'}
              </EmptyState>
            ) : (
              <IncidentList incidents={list.data.incidents} plugins={plugins.data ?? []} now={Date.now()} />
            )}
          </>
        )}
      </div>
    </>
  );
}
