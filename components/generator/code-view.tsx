'use client';
// Source text with line numbers, highlighted by sugar-high (a small, dependency-free
// highlighter for JavaScript-like text: TypeScript, JavaScript and JSON files). Its tokens are
// rendered as React elements, so no generated HTML is ever injected into the page.
import { useMemo } from 'react';
import { SugarHigh, tokenize } from 'sugar-high/core';
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

type Token = { kind: string; text: string };

/** Whether a file's syntax can be highlighted, by its name. */
export function canHighlight(path: string): boolean {
  return /\.(ts|tsx|mts|js|mjs|cjs|json)$/i.test(path);
}

/** The text's tokens, one list per line (a token that spans lines is split at each break). */
function tokenLines(body: string): Token[][] {
  const lines: Token[][] = [[]];
  for (const [type, text] of tokenize(body)) {
    const kind = SugarHigh.TokenTypes[type];
    text.split('\n').forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines[lines.length - 1].push({ kind, text: part });
    });
  }
  return lines;
}

export function CodeView({ text, label, lineClass, showNumbers = true, highlighted = false, className }: CodeViewProps) {
  const body = text.replace(/\n$/, '');
  const lines = body.split('\n');
  const tokens = useMemo(() => (highlighted ? tokenLines(body) : null), [highlighted, body]);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1, axe scrollable-region-focusable)
    <section aria-label={label} tabIndex={0} className={cn('max-h-[32rem] overflow-auto rounded-md border border-border bg-surface-2/50 py-2', className)}>
      <pre className="font-mono text-xs leading-5">
        <code className="block min-w-max">
          {lines.map((line, i) => (
            <span key={i} className={cn('flex pr-4', lineClass?.(line))}>
              {showNumbers && (
                <span aria-hidden className="w-10 shrink-0 select-none pr-3 text-right text-muted/60">
                  {i + 1}
                </span>
              )}
              <span className={cn('whitespace-pre', !showNumbers && 'pl-3')}>
                {tokens?.[i]?.length
                  ? tokens[i].map((t, j) => (
                      <span key={j} className={`sh__token--${t.kind}`} style={{ color: `var(--sh-${t.kind})` }}>
                        {t.text}
                      </span>
                    ))
                  : line || ' '}
              </span>
            </span>
          ))}
        </code>
      </pre>
    </section>
  );
}
