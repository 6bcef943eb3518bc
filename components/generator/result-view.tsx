'use client';
// A generation's result: summary, refine (operators), and the tabs Preview | Files | Changes
// (Changes for a refinement: the unified diffs against its parent).
import { useState, type ReactNode } from 'react';
import type { GenerationDetail } from '@/lib/queries/generator';
import { AppPreview } from './preview/app-preview';
import { DiffView } from './diff-view';
import { FilesPanel } from './files-panel';
import { RefineBox } from './refine-box';
import { ResultSummary } from './result-summary';
import { TabBar, tabIds } from './tab-bar';

export type ResultTab = 'preview' | 'files' | 'changes';

export interface ResultViewProps {
  generation: GenerationDetail;
  canRefine: boolean;
  refining: boolean;
  onRefine: (followUp: string) => Promise<boolean>;
  onOpen: (id: string) => void;
  actions?: ReactNode;
}

export function ResultView({ generation: g, canRefine, refining, onRefine, onOpen, actions }: ResultViewProps) {
  const hasDiff = g.diff !== null;
  const [chosen, setChosen] = useState<ResultTab | null>(null);
  const tab: ResultTab = chosen ?? (hasDiff ? 'changes' : g.preview ? 'preview' : 'files');
  const tabs: { id: ResultTab; label: string }[] = [
    ...(g.preview ? [{ id: 'preview' as const, label: 'Preview' }] : []),
    { id: 'files', label: 'Files' },
    ...(hasDiff ? [{ id: 'changes' as const, label: `Changes (${g.diff!.length})` }] : []),
  ];
  const ids = tabIds(`result-${g.id}`, tab);
  return (
    <section aria-label="Result" className="space-y-4 rounded-lg border border-border bg-surface p-4 shadow-sm">
      <ResultSummary generation={g} onOpenParent={onOpen} actions={actions} />
      {canRefine && <RefineBox busy={refining} onRefine={onRefine} />}
      <TabBar label="Result" idPrefix={`result-${g.id}`} tabs={tabs} value={tab} onChange={setChosen} />
      <div role="tabpanel" id={ids.panel} aria-labelledby={ids.tab}>
        {tab === 'preview' && g.preview && (
          <div className="space-y-2">
            {g.preview.source === 'model' && (
              <p className="text-xs text-muted">This output has no metadata files to read, so the preview is drawn from its app model (app.dsl).</p>
            )}
            <AppPreview key={g.id} preview={g.preview} />
          </div>
        )}
        {tab === 'files' && <FilesPanel key={g.id} code={g.result!} verdicts={g.verdicts} />}
        {tab === 'changes' && g.diff && <DiffView diffs={g.diff} changes={g.changes} />}
      </div>
    </section>
  );
}
