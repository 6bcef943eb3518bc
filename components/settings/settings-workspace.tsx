'use client';
// A settings page: the schema-driven form of one versioned document, with save against the
// base version (and the 409 flow), a review of what Save will change, unsaved-changes guard,
// advice, import/export, connection tests and the version history.
import { useCallback, useMemo, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import type { DocumentKind } from '@/schemas';
import { documentKinds } from '@/lib/config-store/document-kinds';
import { adviseDocument } from '@/lib/advice/advise-document';
import { diffDocuments } from '@/lib/config-store/diff-documents';
import { ApiClientError, apiFetch } from '@/lib/http/api-fetch';
import { documentPath, documentQueries } from '@/lib/queries/documents';
import { SchemaForm, SubmitCancelled } from '@/components/schema-form';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { VersionHistory } from '@/components/settings/version-history';
import { WhatIfPanel } from '@/components/settings/whatif/whatif-panel';
import { AdviceList } from './advice-list';
import { ConflictDialog, type Conflict } from './conflict-dialog';
import { StateConnectionTest, UpstreamConnectionTest } from './connection-tests';
import { ExportMenu } from './export-menu';
import { ImportDialog } from './import-dialog';
import { SaveReviewDialog } from './save-review-dialog';
import { useUnsavedChangesGuard } from '@/components/shared/unsaved-changes';

export interface SettingsWorkspaceProps {
  kind: DocumentKind;
  pluginId: string | null;
  title: string;
  description: string;
  canEdit: boolean;
}

interface PendingSave {
  values: unknown;
  resolve: () => void;
  reject: (err: unknown) => void;
}

export function SettingsWorkspace({ kind, pluginId, title, description, canEdit }: SettingsWorkspaceProps) {
  const { schema, secretPaths: secrets } = documentKinds[kind];
  const qc = useQueryClient();
  const { data: doc } = useQuery(documentQueries.current(kind, pluginId));
  // The form's starting document: the saved body, or an imported file applied on top.
  const [imported, setImported] = useState<unknown>(null);
  const defaults = useMemo(() => (imported ?? doc?.body) as Record<string, unknown> | undefined, [imported, doc?.body]);
  const [draft, setDraft] = useState<unknown>(undefined);
  const current = draft ?? doc?.body;
  const [formDirty, setFormDirty] = useState(false);
  const dirty = formDirty || imported !== null;
  useUnsavedChangesGuard(dirty);

  const [pending, setPending] = useState<PendingSave | null>(null);
  const [conflict, setConflict] = useState<(Conflict & { comment: string }) | null>(null);
  const [saving, setSaving] = useState(false);
  const advice = useMemo(() => adviseDocument(kind, current), [kind, current]);
  const pendingRef = useRef<PendingSave | null>(null);
  pendingRef.current = pending;

  const afterSave = useCallback(async () => {
    setImported(null);
    setDraft(undefined);
    await qc.invalidateQueries({ queryKey: documentQueries.all(kind, pluginId) });
  }, [qc, kind, pluginId]);

  const put = async (values: unknown, baseVersion: number, comment: string, base: unknown) => {
    setSaving(true);
    try {
      const saved = await apiFetch<{ version: number; changed: boolean }>(documentPath(kind, pluginId), {
        method: 'PUT',
        body: { baseVersion, body: values, comment: comment || undefined },
      });
      toast.success(saved.changed ? `Saved version ${saved.version}` : 'Nothing to save: no changes');
      return true;
    } catch (err) {
      if (err instanceof ApiClientError && err.status === 409) {
        const b = err.body as { currentVersion?: number; savedBy?: string; savedAt?: string };
        setConflict({
          baseVersion,
          currentVersion: b.currentVersion ?? 0,
          savedBy: b.savedBy ?? 'someone',
          savedAt: b.savedAt ?? new Date().toISOString(),
          base,
          mine: values,
          comment,
        });
        return false;
      }
      throw err;
    } finally {
      setSaving(false);
    }
  };

  if (!doc) return null;

  const onSubmit = (values: unknown) =>
    new Promise<void>((resolve, reject) => {
      if (!canEdit) return reject(new Error('You need the operator role to save'));
      setPending({ values, resolve, reject });
    });

  const confirmSave = async (comment: string) => {
    const p = pendingRef.current;
    if (!p) return;
    try {
      const ok = await put(p.values, doc.version, comment, doc.body);
      setPending(null);
      if (ok) {
        await afterSave();
        p.resolve();
      } else p.reject(new SubmitCancelled());
    } catch (err) {
      setPending(null);
      p.reject(err);
    }
  };

  // A save from the 409 dialog: on top of their version; a new 409 opens the dialog again.
  const saveOnConflict = async (values: unknown, fallbackComment: string) => {
    if (!conflict) return;
    const ok = await put(values, conflict.currentVersion, conflict.comment || fallbackComment, conflict.base);
    if (ok) {
      setConflict(null);
      await afterSave();
    }
  };

  return (
    <>
      <PageHeader
        title={title}
        description={description}
        actions={
          <>
            <Badge tone={doc.exists ? 'accent' : 'neutral'}>{doc.exists ? `version ${doc.version}` : 'defaults, not saved yet'}</Badge>
            {dirty && <Badge tone="warning">unsaved changes</Badge>}
            {canEdit && <ImportDialog schema={schema} secretPaths={secrets} current={current} onApply={(d) => setImported(d)} />}
            <ExportMenu kind={kind} pluginId={pluginId} version={doc.version} />
          </>
        }
      />
      {/* The AIOps what-if charts need a wider side column than advice and history. */}
      <div className={`grid grid-cols-1 gap-6 ${kind === 'aiops' ? 'xl:grid-cols-[minmax(0,1fr)_28rem]' : 'xl:grid-cols-[minmax(0,1fr)_22rem]'}`}>
        <div className="min-w-0">
          <SchemaForm
            schema={schema}
            defaultValues={defaults}
            onSubmit={onSubmit}
            onDirtyChange={setFormDirty}
            onValuesChange={setDraft}
            readOnly={!canEdit}
            submitLabel="Review & save"
          />
        </div>
        <aside aria-label="Advice and history" className="space-y-6">
          {kind === 'aiops' && pluginId && <WhatIfPanel pluginId={pluginId} draft={current} />}
          <Card title={`Advice${advice.length ? ` (${advice.length})` : ''}`}>
            {advice.length ? <AdviceList advice={advice} /> : <p className="text-sm text-muted">Nothing risky in this document.</p>}
          </Card>
          {kind === 'hot-reload' && pluginId && canEdit && <StateConnectionTest pluginId={pluginId} draft={current} />}
          {kind === 'registry' && canEdit && <UpstreamConnectionTest draft={current} />}
          <VersionHistory kind={kind} pluginId={pluginId} currentVersion={doc.version} canEdit={canEdit} />
        </aside>
      </div>
      <SaveReviewDialog
        open={pending !== null && conflict === null}
        changes={pending ? diffDocuments(doc.body, pending.values, secrets) : []}
        schema={schema}
        advice={pending ? adviseDocument(kind, pending.values) : []}
        baseVersion={doc.version}
        saving={saving}
        onConfirm={confirmSave}
        onCancel={() => {
          pending?.reject(new SubmitCancelled());
          setPending(null);
        }}
      />
      <ConflictDialog
        kind={kind}
        pluginId={pluginId}
        conflict={conflict}
        busy={saving}
        onClose={() => setConflict(null)}
        onReload={async () => {
          setConflict(null);
          await afterSave();
          toast.info('Loaded the latest version; your changes were discarded');
        }}
        onOverwrite={() => saveOnConflict(conflict?.mine, `Saved on top of version ${conflict?.currentVersion}`)}
        onMerge={(merged) => saveOnConflict(merged, `Merged with version ${conflict?.currentVersion}`)}
      />
    </>
  );
}
