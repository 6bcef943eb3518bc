'use client';
// The JSON and YAML tabs: the same document as text. Each edit that parses is applied to the
// form; syntax errors and schema errors are listed with their line, and clicking one puts the
// cursor on that line.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { z } from 'zod';
import { Textarea } from '@/components/ui/input';
import { checkDocumentText } from './text-check';
import type { TextFormat } from './text-positions';

export interface TextTabProps {
  schema: z.core.$ZodType;
  format: TextFormat;
  initialText: string;
  readOnly: boolean;
  id: string;
  /** Called with every edit that parses. */
  onApply: (value: unknown) => void;
  /** Called with the current text and whether it parses. */
  onTextChange: (text: string, parses: boolean) => void;
}

export function TextTab({ schema, format, initialText, readOnly, id, onApply, onTextChange }: TextTabProps) {
  const [text, setText] = useState(initialText);
  const [checked, setChecked] = useState(() => checkDocumentText(schema, format, initialText));
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const gutterRef = useRef<HTMLDivElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const change = (next: string) => {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const result = checkDocumentText(schema, format, next);
      setChecked(result);
      onTextChange(next, !result.syntax);
      if (!result.syntax) onApply(result.value);
    }, 150);
  };

  const goToLine = (line: number | undefined) => {
    const area = areaRef.current;
    if (!area || !line) return;
    const lines = text.split('\n');
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    area.focus();
    area.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
    const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 20;
    area.scrollTop = Math.max(0, (line - 4) * lineHeight);
  };

  const lineCount = useMemo(() => text.split('\n').length, [text]);
  const problemLines = useMemo(() => new Set(checked.problems.map((p) => p.line)), [checked]);
  const errorsId = `${id}-problems`;

  return (
    <div className="space-y-3">
      <div className="flex overflow-hidden rounded-md border border-border bg-surface focus-within:border-accent focus-within:ring-2 focus-within:ring-ring/30">
        <div ref={gutterRef} aria-hidden className="h-[60vh] min-h-80 overflow-hidden bg-surface-2 py-2 text-right font-mono text-xs leading-5 text-muted select-none">
          {Array.from({ length: lineCount }, (_, i) => (
            <div key={i} className={problemLines.has(i + 1) ? 'bg-danger/15 px-2 text-danger' : 'px-2'}>
              {i + 1}
            </div>
          ))}
        </div>
        <Textarea
          ref={areaRef}
          id={id}
          aria-label={`Document as ${format.toUpperCase()}`}
          aria-invalid={checked.problems.length > 0 ? true : undefined}
          aria-describedby={errorsId}
          spellCheck={false}
          readOnly={readOnly}
          value={text}
          wrap="off"
          onChange={(e) => change(e.target.value)}
          onScroll={(e) => {
            if (gutterRef.current) gutterRef.current.scrollTop = e.currentTarget.scrollTop;
          }}
          className="h-[60vh] min-h-80 resize-none rounded-none border-0 text-xs leading-5 focus:ring-0"
        />
      </div>
      <div id={errorsId} aria-live="polite">
        {checked.problems.length === 0 ? (
          <p className="text-xs text-success">The document is valid.</p>
        ) : (
          <ul className="space-y-1 text-xs">
            {checked.problems.map((p, i) => (
              <li key={i}>
                <button type="button" className="text-left text-danger hover:underline" onClick={() => goToLine(p.line)}>
                  {p.line ? `Line ${p.line}` : 'Document'}
                  {checked.syntax ? `, ${p.where}` : ` (${p.where})`}: {p.message}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
