'use client';
import { useRef, useState } from 'react';
import type { z } from 'zod';
import { Upload } from 'lucide-react';
import { checkDocumentText, type TextProblem } from '@/components/schema-form/text-check';
import { diffDocuments, type DocumentChange } from '@/lib/config-store/diff-documents';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ChangeList } from '@/components/shared/change-list';

export interface ImportDialogProps {
  schema: z.ZodType;
  secretPaths: string[];
  /** The document being edited, to show what the import would change. */
  current: unknown;
  onApply: (doc: unknown) => void;
}

interface Loaded {
  name: string;
  problems: TextProblem[];
  doc?: unknown;
  changes: DocumentChange[];
}

/** Import from a JSON or YAML file: validated like the editor, shown as a diff before it is applied. */
export function ImportDialog({ schema, secretPaths, current, onApply }: ImportDialogProps) {
  const input = useRef<HTMLInputElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  const read = async (file: File) => {
    const text = await file.text();
    const format = /\.ya?ml$/i.test(file.name) || !/^\s*[{[]/.test(text) ? 'yaml' : 'json';
    const checked = checkDocumentText(schema, format, text);
    const doc = checked.data;
    setLoaded({ name: file.name, problems: checked.problems, doc, changes: doc ? diffDocuments(current, doc, secretPaths) : [] });
  };

  return (
    <>
      <Button onClick={() => input.current?.click()}>
        <Upload className="h-4 w-4" aria-hidden /> Import
      </Button>
      <input
        ref={input}
        type="file"
        accept=".json,.yaml,.yml,application/json,application/yaml"
        className="sr-only"
        aria-label="Import a document from a file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void read(f);
        }}
      />
      <Dialog
        open={loaded !== null}
        onOpenChange={(o) => !o && setLoaded(null)}
        wide
        title={`Import ${loaded?.name ?? ''}`}
        description={loaded?.doc ? 'The file is valid. Applying puts it in the form; nothing is saved until you save.' : 'The file cannot be imported as it is.'}
        footer={
          <>
            <Button onClick={() => setLoaded(null)}>Cancel</Button>
            <Button
              variant="primary"
              disabled={!loaded?.doc}
              onClick={() => {
                onApply(loaded!.doc);
                setLoaded(null);
              }}
            >
              Apply to the form
            </Button>
          </>
        }
      >
        {loaded?.doc ? (
          <ChangeList changes={loaded.changes} empty="The file is the same as the document being edited." />
        ) : (
          <ul className="space-y-1.5 text-sm" aria-label="Problems in the file">
            {loaded?.problems.map((p, i) => (
              <li key={i} className="text-danger">
                {p.line ? <span className="font-mono">line {p.line}: </span> : null}
                <span className="font-medium">{p.where}</span>: {p.message}
              </li>
            ))}
          </ul>
        )}
      </Dialog>
    </>
  );
}
