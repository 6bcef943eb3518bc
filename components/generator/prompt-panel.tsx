'use client';
// What to generate: a prompt (with examples) or DSL text, the options, and Generate
// (Ctrl/Cmd+Enter from the text box).
import { useId, type KeyboardEvent } from 'react';
import { Loader2, Sparkles, Square } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/input';
import { cn } from '@/components/ui/cn';
import { OptionsDisclosure } from './options-disclosure';
import { EXAMPLE_DSL, EXAMPLE_PROMPTS } from './example-prompts';
import type { GeneratorOptions } from './generator-options';
import { TabBar, tabIds } from './tab-bar';

export type InputMode = 'prompt' | 'dsl';

export interface PromptPanelProps {
  mode: InputMode;
  onModeChange: (mode: InputMode) => void;
  prompt: string;
  onPromptChange: (text: string) => void;
  dsl: string;
  onDslChange: (text: string) => void;
  options: GeneratorOptions;
  onOptionsChange: (options: GeneratorOptions) => void;
  busy: boolean;
  onGenerate: () => void;
  onCancel: () => void;
  /** Field errors from the server, keyed by the body path (`request.description`, `dsl`). */
  fieldError?: string;
}

/** The text box of each mode: the same box, sized and hinted for what it holds. */
const TEXT_BOX: Record<InputMode, { label: string; rows: number; spellCheck?: boolean; placeholder: string; className: string }> = {
  prompt: {
    label: 'Prompt',
    rows: 3,
    placeholder: 'Describe the app: its records, their fields and how they relate. e.g. “A CRM with accounts and deals; deals have an amount and a stage”',
    className: 'resize-y font-sans',
  },
  dsl: { label: 'DSL', rows: 10, spellCheck: false, placeholder: EXAMPLE_DSL, className: 'resize-y text-xs leading-5' },
};

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function PromptPanel(props: PromptPanelProps) {
  const { mode, prompt, dsl, busy, fieldError } = props;
  const id = useId();
  const ids = tabIds(id, mode);
  const box = TEXT_BOX[mode];
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      if (!busy) props.onGenerate();
    }
  };
  const errorId = `${id}-error`;
  return (
    <section aria-label="What to generate" className="space-y-3 rounded-lg border border-border bg-surface p-4 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <TabBar
          label="Input"
          idPrefix={id}
          value={mode}
          onChange={props.onModeChange}
          tabs={[
            { id: 'prompt', label: 'Prompt' },
            { id: 'dsl', label: 'DSL' },
          ]}
        />
        {mode === 'prompt' && (
          <div className="flex flex-wrap items-center gap-1.5 text-xs text-muted">
            <span>Try:</span>
            {EXAMPLE_PROMPTS.map((ex) => (
              <button
                key={ex.label}
                type="button"
                disabled={busy}
                onClick={() => props.onPromptChange(ex.prompt)}
                className="rounded-full border border-border px-2.5 py-0.5 text-fg hover:border-accent hover:text-accent disabled:opacity-50"
                title={ex.prompt}
              >
                {ex.label}
              </button>
            ))}
          </div>
        )}
      </div>
      <div role="tabpanel" id={ids.panel} aria-labelledby={ids.tab}>
        <Textarea
          aria-label={box.label}
          value={mode === 'prompt' ? prompt : dsl}
          onChange={(e) => (mode === 'prompt' ? props.onPromptChange : props.onDslChange)(e.target.value)}
          onKeyDown={onKeyDown}
          rows={box.rows}
          spellCheck={box.spellCheck}
          placeholder={box.placeholder}
          className={box.className}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? errorId : undefined}
        />
        {fieldError && (
          <p id={errorId} role="alert" className="mt-1 text-xs text-danger">
            {fieldError}
          </p>
        )}
      </div>
      <OptionsDisclosure value={props.options} onChange={props.onOptionsChange} disabled={busy} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className={cn('text-xs text-muted', mode === 'dsl' && 'max-w-md')}>
          {mode === 'dsl' ? 'Objects, fields and relations in the console DSL (lib/generator/dsl/README.md). ' : ''}
          <kbd className="rounded border border-border px-1 font-mono">{isMac() ? '⌘' : 'Ctrl'}</kbd>+<kbd className="rounded border border-border px-1 font-mono">Enter</kbd> generates.
        </p>
        <div className="flex gap-2">
          {busy && (
            <Button variant="ghost" onClick={props.onCancel}>
              <Square className="h-3.5 w-3.5" aria-hidden /> Stop
            </Button>
          )}
          <Button variant="primary" onClick={props.onGenerate} disabled={busy}>
            {busy ? <Loader2 className="h-4 w-4 animate-spin" aria-hidden /> : <Sparkles className="h-4 w-4" aria-hidden />}
            {busy ? 'Generating…' : 'Generate'}
          </Button>
        </div>
      </div>
    </section>
  );
}
