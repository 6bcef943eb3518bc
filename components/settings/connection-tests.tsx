'use client';
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { CheckCircle2, PlugZap, XCircle } from 'lucide-react';
import { apiFetch, pluginPath } from '@/lib/http/api-fetch';
import type { ConnectivityError } from '@/lib/connectivity/types';
import type { DistributedStateTestResult } from '@/lib/connectivity/test-distributed-state';
import type { RegistryUpstreamTestResult } from '@/lib/connectivity/test-registry-upstream';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';

// Result shapes come from the checks themselves (type-only imports: nothing of the server runs here).
type ProbeError = ConnectivityError;
type StateResult = DistributedStateTestResult;
type UpstreamResult = RegistryUpstreamTestResult;

function Outcome({ ok, title, children }: { ok: boolean; title: string; children?: React.ReactNode }) {
  const Icon = ok ? CheckCircle2 : XCircle;
  return (
    <li className="rounded-md border border-border px-3 py-2 text-sm" role="status">
      <p className={`flex items-center gap-2 font-medium ${ok ? 'text-success' : 'text-danger'}`}>
        <Icon className="h-4 w-4 shrink-0" aria-hidden />
        <span className="break-all">{title}</span>
      </p>
      <div className="mt-1 space-y-0.5 text-xs text-muted">{children}</div>
    </li>
  );
}

const errorText = (e?: ProbeError) => (e ? `${e.code}: ${e.message}` : null);

export interface StateConnectionTestProps {
  pluginId: string;
  draft: unknown;
}

/** Test connection for the distributed state of the document being edited (saved or not). */
export function StateConnectionTest({ pluginId, draft }: StateConnectionTestProps) {
  const test = useMutation({
    mutationFn: () => apiFetch<StateResult>(pluginPath(pluginId, '/hot-reload/test-connection'), { method: 'POST', body: { body: draft } }),
  });
  const strategy = (draft as { stateStrategy?: string } | undefined)?.stateStrategy;
  return (
    <Card title="Test connection">
      {strategy !== 'distributed' ? (
        <p className="text-sm text-muted">Choose the distributed state strategy to test its Redis or etcd endpoints.</p>
      ) : (
        <div className="space-y-3">
          <p className="text-sm text-muted">Connects to each endpoint with the configured auth and TLS: Redis answers PING, etcd its health check.</p>
          <Button onClick={() => test.mutate()} disabled={test.isPending}>
            <PlugZap className="h-4 w-4" aria-hidden /> {test.isPending ? 'Testing…' : 'Test connection'}
          </Button>
          {test.error && <p role="alert" className="text-sm text-danger">{test.error.message}</p>}
          {test.data && (
            <ul className="space-y-2" aria-label="Connection results">
              {test.data.error && <Outcome ok={false} title={test.data.provider}>{errorText(test.data.error)}</Outcome>}
              {test.data.endpoints.map((e) => (
                <Outcome key={e.endpoint} ok={e.ok} title={e.endpoint}>
                  {e.ok ? <p>Answered in {e.latencyMs} ms{e.serverVersion ? ` · version ${e.serverVersion}` : ''}{e.credentials === 'verified' ? ' · credentials verified' : ''}</p> : <p>{errorText(e.error)}</p>}
                </Outcome>
              ))}
            </ul>
          )}
        </div>
      )}
    </Card>
  );
}

export interface UpstreamConnectionTestProps {
  draft: unknown;
}

/** Test each registry upstream of the document being edited with its auth, TLS and timeout. */
export function UpstreamConnectionTest({ draft }: UpstreamConnectionTestProps) {
  const upstreams = ((draft as { upstream?: { url?: string }[] } | undefined)?.upstream ?? []).map((u) => u.url ?? '');
  const [results, setResults] = useState<Record<number, UpstreamResult | { failed: string }>>({});
  const [busy, setBusy] = useState<number | null>(null);
  const run = async (index: number) => {
    setBusy(index);
    try {
      const r = await apiFetch<UpstreamResult>('/api/v1/registry/test-upstream', { method: 'POST', body: { body: draft, index } });
      setResults((prev) => ({ ...prev, [index]: r }));
    } catch (err) {
      setResults((prev) => ({ ...prev, [index]: { failed: err instanceof Error ? err.message : 'Test failed' } }));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Card title="Test upstreams">
      {upstreams.length === 0 ? (
        <p className="text-sm text-muted">Add an upstream to test it.</p>
      ) : (
        <ul className="space-y-3">
          {upstreams.map((url, i) => {
            const r = results[i];
            return (
              <li key={i} className="space-y-2">
                <div className="flex items-center justify-between gap-2">
                  <span className="min-w-0 break-all font-mono text-xs">{url || `upstream ${i + 1}`}</span>
                  <Button size="sm" disabled={busy !== null} onClick={() => run(i)} aria-label={`Test upstream ${i + 1}`}>
                    {busy === i ? 'Testing…' : 'Test'}
                  </Button>
                </div>
                {r && 'failed' in r && <p role="alert" className="text-xs text-danger">{r.failed}</p>}
                {r && !('failed' in r) && (
                  <ul>
                    <Outcome ok={r.ok} title={r.ok ? `${r.status ?? ''} in ${r.latencyMs} ms` : 'Failed'}>
                      {r.error && <p>{errorText(r.error)}</p>}
                      <p>{r.npmLike ? `Answers like an npm registry (${r.npmEvidence ?? 'ping'})` : 'Does not answer like an npm registry'}</p>
                      {r.authenticatedAs && <p>Signed in as {r.authenticatedAs}</p>}
                      {r.checks.map((c) => (
                        <p key={c.name} className="font-mono">
                          {c.request} → {c.status ?? '—'} {c.passed === null ? '(not supported)' : c.passed ? '✓' : '✗'} {c.detail}
                        </p>
                      ))}
                    </Outcome>
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
