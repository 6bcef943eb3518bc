'use client';
// The Generator page's interactive part: the prompt/DSL box (operators), the streamed
// progress, the open result (preview, files, diff, refine) and the history. The open
// generation is the URL's ?g=, written with history.pushState so the page does not reload.
import { useRef, useState } from 'react';
import { useSearchParams } from 'next/navigation';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Code2, Eye, PencilLine, Wand2 } from 'lucide-react';
import { toast } from 'sonner';
import { MODEL_FILE } from '@/lib/generator/formats/rendered';
import type { GenerationStep } from '@/lib/generator/steps';
import { ApiClientError } from '@/lib/http/api-fetch';
import { generatorQueries, streamGenerate, streamRefine, type GenerationDetail } from '@/lib/queries/generator';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { QueryError } from '@/components/shared/query-error';
import { GenerationError } from '@/components/generator/generation-error';
import { GenerationProgress } from '@/components/generator/generation-progress';
import { buildRequest, DEFAULT_OPTIONS, optionsFromRequest, type GeneratorOptions } from '@/components/generator/generator-options';
import { HistoryList } from '@/components/generator/history-list';
import { PromptPanel, type InputMode } from '@/components/generator/prompt-panel';
import { ResultView } from '@/components/generator/result-view';
import { generatorHref, parseGeneratorParams } from './search-params';

export interface GeneratorClientProps {
  canGenerate: boolean;
}

const FIELD_PATHS = ['request.description', 'dsl'];

export function GeneratorClient({ canGenerate }: GeneratorClientProps) {
  const qc = useQueryClient();
  const { open } = parseGeneratorParams(new URLSearchParams(useSearchParams().toString()));
  const list = useQuery(generatorQueries.list());
  const detail = useQuery({ ...generatorQueries.detail(open ?? ''), enabled: open !== null });

  const [mode, setMode] = useState<InputMode>('prompt');
  const [prompt, setPrompt] = useState('');
  const [dsl, setDsl] = useState('');
  const [options, setOptions] = useState<GeneratorOptions>(DEFAULT_OPTIONS);
  const [busy, setBusy] = useState<'generate' | 'refine' | null>(null);
  const [steps, setSteps] = useState<GenerationStep[]>([]);
  const [error, setError] = useState<unknown>(null);
  const abort = useRef<AbortController | null>(null);

  const openGeneration = (id: string | null) => {
    setError(null);
    window.history.pushState(null, '', generatorHref({ open: id }));
  };

  /** Runs a streamed generation or refinement; the result becomes the open generation. */
  const run = async (kind: 'generate' | 'refine', start: (signal: AbortSignal, onStep: (s: GenerationStep) => void) => Promise<GenerationDetail>) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setBusy(kind);
    setSteps([]);
    setError(null);
    try {
      const generation = await start(controller.signal, (s) => setSteps((all) => [...all, s]));
      qc.setQueryData(generatorQueries.detail(generation.id).queryKey, generation);
      openGeneration(generation.id);
      if (kind === 'refine') toast.success(`Refined: ${generation.diff?.length ?? 0} file(s) changed`);
      return true;
    } catch (err) {
      if (controller.signal.aborted) toast.info('Stopped; the attempt is kept in the history');
      else setError(err);
      return false;
    } finally {
      setBusy(null);
      abort.current = null;
      await qc.invalidateQueries({ queryKey: generatorQueries.list().queryKey });
    }
  };

  const generate = () =>
    run('generate', (signal, onStep) =>
      streamGenerate(
        { input: mode, request: buildRequest(mode === 'prompt' ? prompt : '', options) as Record<string, unknown>, ...(mode === 'dsl' ? { dsl } : {}) },
        { signal, onStep },
      ),
    );
  const refine = (followUp: string) => (open ? run('refine', (signal, onStep) => streamRefine({ parentId: open, followUp }, { signal, onStep })) : Promise.resolve(false));

  const g = open ? detail.data : undefined;
  const loadIntoPanel = (as: InputMode) => {
    if (!g) return;
    setOptions(optionsFromRequest(g.request));
    setMode(as);
    if (as === 'dsl') setDsl(g.result?.files.find((f) => f.path === MODEL_FILE)?.content ?? g.prompt);
    else setPrompt(g.input === 'prompt' ? g.prompt : (g.request.description ?? ''));
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };
  const fieldError = error instanceof ApiClientError ? error.issues.find((i) => FIELD_PATHS.includes(i.path))?.message : undefined;

  return (
    <>
      <PageHeader
        title="Generator"
        description="Describe an app in a sentence, or write it in the DSL; get ObjectStack objects, views, an app and a dashboard, checked against @objectstack/spec and previewed live."
      />
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-4">
          {canGenerate ? (
            <PromptPanel
              mode={mode}
              onModeChange={setMode}
              prompt={prompt}
              onPromptChange={setPrompt}
              dsl={dsl}
              onDslChange={setDsl}
              options={options}
              onOptionsChange={setOptions}
              busy={busy !== null}
              onGenerate={generate}
              onCancel={() => abort.current?.abort()}
              fieldError={fieldError}
            />
          ) : (
            <p className="flex items-center gap-2 rounded-md border border-border bg-surface-2 px-3 py-2 text-sm text-muted">
              <Eye className="h-4 w-4" aria-hidden /> You can browse and download past generations; generating needs the operator role.
            </p>
          )}
          {busy && <GenerationProgress steps={steps} />}
          {error !== null && !busy && <GenerationError error={error} />}
          {open === null ? (
            !busy &&
            error === null && (
              <EmptyState icon={Wand2} title="Nothing generated yet">
                {canGenerate
                  ? 'Describe an app above (or pick an example) and press Generate. The result opens here with a live preview, its files and a download.'
                  : 'Choose a generation from the history to see its preview and files.'}
              </EmptyState>
            )
          ) : detail.isPending ? (
            <Skeleton className="h-96" />
          ) : detail.error ? (
            <QueryError what="this generation" error={detail.error} onRetry={() => detail.refetch()} />
          ) : g && g.status !== 'ok' ? (
            <div className="space-y-2">
              <GenerationError error={new Error(g.error ?? (g.status === 'running' ? 'This generation is still running.' : 'This generation did not finish.'))} />
              <OpenedActions canGenerate={canGenerate} onLoad={loadIntoPanel} hasDsl={false} />
            </div>
          ) : g ? (
            <ResultView
              key={g.id}
              generation={g}
              canRefine={canGenerate}
              refining={busy === 'refine'}
              onRefine={refine}
              onOpen={openGeneration}
              actions={<OpenedActions canGenerate={canGenerate} onLoad={loadIntoPanel} hasDsl />}
            />
          ) : null}
        </div>
        {list.error ? (
          <QueryError what="the history" error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <HistoryList generations={list.data ?? []} openId={open} onOpen={openGeneration} />
        )}
      </div>
    </>
  );
}

function OpenedActions({ canGenerate, onLoad, hasDsl }: { canGenerate: boolean; onLoad: (as: InputMode) => void; hasDsl: boolean }) {
  if (!canGenerate) return null;
  return (
    <div className="flex flex-wrap justify-end gap-1">
      <Button size="sm" variant="ghost" onClick={() => onLoad('prompt')}>
        <PencilLine className="h-3.5 w-3.5" aria-hidden /> Edit prompt
      </Button>
      {hasDsl && (
        <Button size="sm" variant="ghost" onClick={() => onLoad('dsl')}>
          <Code2 className="h-3.5 w-3.5" aria-hidden /> Edit as DSL
        </Button>
      )}
    </div>
  );
}
