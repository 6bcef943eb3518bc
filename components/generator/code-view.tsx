'use client';
// Source text with line numbers, highlighted by sugar-high (a small, dependency-free
// highlighter for JavaScript-like text: TypeScript, JavaScript and JSON files).
import { useMemo } from 'react';
import { highlight } from 'sugar-high';
import { cn } from '@/components/ui/cn';

export interface CodeViewProps {
  text: string;
  label: string;
  /** Classes per line (diffs colour added and removed lines). */
  lineClass?: (line: string) => string | undefined;
  showNumbers?: boolean;
  /** Highlight the syntax (for files sugar-high understands). */
  highlighted?: boolean;
  className?: string;
}

/** Whether a file's syntax can be highlighted, by its name. */
export function canHighlight(path: string): boolean {
  return /\.(ts|tsx|mts|js|mjs|cjs|json)$/i.test(path);
}

export function CodeView({ text, label, lineClass, showNumbers = true, highlighted = false, className }: CodeViewProps) {
  const body = text.replace(/\n$/, '');
  const lines = body.split('\n');
  // sugar-high escapes the text and returns one <span class="sh__line"> per input line.
  const html = useMemo(() => (highlighted ? highlight(body).split('\n') : null), [highlighted, body]);
  return (
    <pre aria-label={label} tabIndex={0} className={cn('max-h-[32rem] overflow-auto rounded-md border border-border bg-surface-2/50 py-2 font-mono text-xs leading-5', className)}>
      <code className="block min-w-max">
        {lines.map((line, i) => (
          <span key={i} className={cn('flex pr-4', lineClass?.(line))}>
            {showNumbers && (
              <span aria-hidden className="w-10 shrink-0 select-none pr-3 text-right text-muted/60">
                {i + 1}
              </span>
            )}
            {html?.[i] !== undefined ? (
              <span className={cn('whitespace-pre', !showNumbers && 'pl-3')} dangerouslySetInnerHTML={{ __html: html[i] || ' ' }} />
            ) : (
              <span className={cn('whitespace-pre', !showNumbers && 'pl-3')}>{line || ' '}</span>
            )}
          </span>
        ))}
      </code>
    </pre>
  );
}
