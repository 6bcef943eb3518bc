'use client';
// The preview's interactive part: the chosen schema's form, what it would submit, and a theme switch.
import { Profiler, useCallback, useState, type ProfilerOnRenderCallback } from 'react';
import Link from 'next/link';
import { useTheme } from 'next-themes';
import { SchemaForm } from '@/components/schema-form';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { PREVIEWS, PREVIEW_NAMES, type PreviewName } from './samples';

export interface SchemaFormPreviewProps {
  name: PreviewName;
  readOnly: boolean;
  /** Show the document as it would be submitted, updated on every edit. */
  live: boolean;
}

/** React work per commit, kept on window for the performance check of the preview. */
const recordCommit: ProfilerOnRenderCallback = (_id, phase, actualDuration) => {
  const w = window as unknown as { __sfCommits?: { phase: string; ms: number }[] };
  (w.__sfCommits ??= []).push({ phase, ms: actualDuration });
};

export function SchemaFormPreview({ name, readOnly, live: showLive }: SchemaFormPreviewProps) {
  const preview = PREVIEWS[name];
  const { resolvedTheme, setTheme } = useTheme();
  const [dirty, setDirty] = useState(false);
  const [live, setLive] = useState<unknown>(preview.doc);
  const [submitted, setSubmitted] = useState<unknown>();
  const onSubmit = useCallback(async (values: unknown) => {
    await new Promise((r) => setTimeout(r, 300));
    setSubmitted(values);
  }, []);

  return (
    <main className="mx-auto max-w-6xl px-6 py-8">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-xl font-semibold">Schema form preview</h1>
          <p className="text-sm text-muted">
            {preview.title} {dirty ? '· unsaved changes' : ''}
          </p>
        </div>
        <nav aria-label="Schemas" className="flex flex-wrap gap-1">
          {PREVIEW_NAMES.map((n) => (
            <Link
              key={n}
              href={`/dev/schema-form?schema=${n}`}
              aria-current={n === name ? 'page' : undefined}
              className={cn('rounded-md px-3 py-1.5 text-sm', n === name ? 'bg-accent text-accent-fg' : 'text-muted hover:bg-surface-2')}
            >
              {PREVIEWS[n].title}
            </Link>
          ))}
          <Button size="sm" variant="ghost" suppressHydrationWarning onClick={() => setTheme(resolvedTheme === 'dark' ? 'light' : 'dark')}>
            {resolvedTheme === 'dark' ? 'Light' : 'Dark'}
          </Button>
        </nav>
      </div>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Profiler id="schema-form" onRender={recordCommit}>
        <SchemaForm
          key={name}
          schema={preview.schema}
          defaultValues={preview.doc}
          onSubmit={onSubmit}
          onDirtyChange={setDirty}
          onValuesChange={showLive ? setLive : undefined}
          readOnly={readOnly}
        />
        </Profiler>
        <aside className="space-y-4 text-xs">
          <section>
            <h2 className="mb-1 font-semibold">Will submit (hidden fields pruned)</h2>
            <pre className="max-h-96 overflow-auto rounded-md border border-border bg-surface p-3 font-mono" data-testid="live">
              {JSON.stringify(live, null, 2)}
            </pre>
          </section>
          {submitted !== undefined && (
            <section>
              <h2 className="mb-1 font-semibold">Last submitted (parsed)</h2>
              <pre className="max-h-96 overflow-auto rounded-md border border-border bg-surface p-3 font-mono" data-testid="submitted">
                {JSON.stringify(submitted, null, 2)}
              </pre>
            </section>
          )}
        </aside>
      </div>
    </main>
  );
}
