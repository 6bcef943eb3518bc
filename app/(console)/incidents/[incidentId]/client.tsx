'use client';
// One incident: header with actions, the root causes (re-runnable), the metrics of its window
// with anomalies and change points, the event timeline, the remediation checklist, proposed
// self-healing actions, notifications and the discussion. Refreshes while the incident is open.
import { useState } from 'react';
import Link from 'next/link';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ArrowLeft, SearchX } from 'lucide-react';
import { toast } from 'sonner';
import { incidentActions, incidentQueries } from '@/lib/queries/incidents';
import type { AnomalyDto } from '@/lib/queries/metrics';
import { pluginQueries } from '@/lib/queries/plugins';
import { ApiClientError } from '@/lib/http/api-fetch';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryError } from '@/components/shared/query-error';
import { AnomalyDetailsDialog } from '@/components/anomalies/anomaly-details-dialog';
import { AnalysisPanel } from '@/components/incidents/analysis-panel';
import { categoryOf } from '@/components/incidents/category-label';
import { EventTimeline } from '@/components/incidents/event-timeline';
import { HealingLinks } from '@/components/incidents/healing-links';
import { AffectedDependants } from '@/components/incidents/affected-dependants';
import { DependencyGraph } from '@/components/incidents/dependency-graph';
import { IncidentComments } from '@/components/incidents/incident-comments';
import { IncidentHeader } from '@/components/incidents/incident-header';
import { IncidentMetrics } from '@/components/incidents/incident-metrics';
import { IncidentSkeleton } from '@/components/incidents/incidents-skeleton';
import { NotificationList } from '@/components/incidents/notification-list';
import { RemediationChecklist } from '@/components/incidents/remediation-checklist';
import { SymptomList } from '@/components/incidents/symptom-list';

export interface IncidentClientProps {
  incidentId: string;
  canAct: boolean;
}

const REFRESH_MS = 15_000;
const PAD_MS = 30 * 60_000;

export function IncidentClient({ incidentId, canAct }: IncidentClientProps) {
  const qc = useQueryClient();
  const detail = useQuery({
    ...incidentQueries.detail(incidentId),
    refetchInterval: (q) => (q.state.data && q.state.data.incident.status !== 'resolved' ? REFRESH_MS : false),
  });
  const plugins = useQuery(pluginQueries.list());
  const [open, setOpen] = useState<AnomalyDto | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: incidentQueries.all() });
  const fail = (what: string) => (err: unknown) => toast.error(`Could not ${what}: ${err instanceof Error ? err.message : String(err)}`);

  const id = Number(incidentId);
  const acknowledge = useMutation({ mutationFn: () => incidentActions.acknowledge(id), onSuccess: () => (toast.success('Incident acknowledged'), refresh()), onError: fail('acknowledge') });
  const resolve = useMutation({ mutationFn: (note: string) => incidentActions.resolve(id, note || undefined), onSuccess: () => (toast.success('Incident resolved'), refresh()), onError: fail('resolve') });
  const rerun = useMutation({
    mutationFn: () => incidentActions.rerun(id),
    onSuccess: ({ analysis }) => {
      const top = analysis.result?.rootCauses[0];
      if (analysis.status === 'failed') toast.error(`The analysis failed: ${analysis.error}`);
      else toast.success(top ? `Analysis finished: ${categoryOf(top.category).label} (${Math.round(top.confidence)}%)` : 'Analysis finished');
      refresh();
    },
    onError: fail('run the analysis'),
  });
  const comment = async (body: string) => {
    try {
      await incidentActions.comment(id, body);
      refresh();
      return true;
    } catch (err) {
      fail('add the comment')(err);
      return false;
    }
  };

  if (detail.error) {
    return detail.error instanceof ApiClientError && detail.error.status === 404 ? (
      <EmptyState icon={SearchX} title={`No incident #${incidentId}`} action={<Link href="/incidents" className="text-sm text-accent hover:underline">All incidents</Link>}>
        It may never have existed, or the link is mistyped.
      </EmptyState>
    ) : (
      <QueryError what="the incident" error={detail.error} onRetry={() => detail.refetch()} />
    );
  }
  if (!detail.data) return <IncidentSkeleton />;

  const { incident, anomalies, analyses, proposals, notifications, comments } = detail.data;
  const latest = analyses[0] ?? null;
  const result = latest?.result ?? null;
  const now = Date.now();
  const start = Date.parse(incident.startedAt);
  const end = incident.endedAt ? Date.parse(incident.endedAt) : Math.max(Date.parse(incident.lastAnomalyAt), Math.min(now, start + 6 * 3_600_000));
  const pluginName = plugins.data?.find((p) => p.id === incident.pluginId)?.name ?? incident.pluginId;
  const running = rerun.isPending || latest?.status === 'running';

  return (
    <>
      <Link href="/incidents" className="mb-3 inline-flex items-center gap-1 text-sm text-muted hover:text-fg">
        <ArrowLeft className="h-4 w-4" aria-hidden /> Incidents
      </Link>
      <IncidentHeader
        incident={incident}
        pluginName={pluginName}
        canAct={canAct}
        busy={acknowledge.isPending || resolve.isPending}
        now={now}
        onAcknowledge={() => acknowledge.mutate()}
        onResolve={async (note) => {
          await resolve.mutateAsync(note).catch(() => undefined);
        }}
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <AnalysisPanel analysis={latest} running={running} canRun={canAct} onRun={() => rerun.mutate()} />
          <Card title="Metrics around the incident">
            <IncidentMetrics pluginId={incident.pluginId} from={start - PAD_MS} to={Math.min(now, end + PAD_MS)} anomalies={anomalies} analysis={latest} onSelectAnomaly={setOpen} />
          </Card>
          <Card title="Timeline">
            {result?.timeline ? <EventTimeline entries={result.timeline} incidentStart={start} incidentEnd={end} /> : <p className="text-sm text-muted">The timeline comes with the analysis.</p>}
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          <Card title="Symptoms">
            <SymptomList symptoms={incident.symptoms} />
          </Card>
          {(detail.data.topology?.nodes.length ?? 0) > 1 || detail.data.merged?.length ? (
            <Card title="Dependencies">
              <div className="space-y-4">
                {detail.data.topology && detail.data.topology.nodes.length > 1 ? <DependencyGraph graph={detail.data.topology} /> : null}
                {detail.data.merged?.length ? <AffectedDependants pluginId={incident.pluginId} merged={detail.data.merged} /> : null}
              </div>
            </Card>
          ) : null}
          <Card title="Remediation plan">
            {result?.remediation && latest ? <RemediationChecklist plan={result.remediation} analysisId={latest.id} /> : <p className="text-sm text-muted">The plan comes with the analysis.</p>}
          </Card>
          <Card title="Self-healing">
            <HealingLinks incidentId={incident.id} proposals={proposals} />
          </Card>
          <Card title="Notifications">
            <NotificationList notifications={notifications} />
          </Card>
          <Card title="Discussion">
            <IncidentComments comments={comments} canComment={canAct} onComment={comment} />
          </Card>
        </div>
      </div>
      <AnomalyDetailsDialog anomaly={open} pluginName={pluginName} onClose={() => setOpen(null)} onZoomTo={() => setOpen(null)} />
    </>
  );
}
