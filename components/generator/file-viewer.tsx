'use client';
// One file: its path and purpose, its verdict against @objectstack/spec (the exact issues when
// it fails), a copy button, and the text.
import type { FileVerdict } from '@/lib/generator/preview/validate-files';
import type { ResultFile } from '@/lib/generator/result-files';
import { Badge } from '@/components/ui/badge';
import { canHighlight, CodeView } from './code-view';
import { CopyButton } from './copy-button';

export interface FileViewerProps {
  file: ResultFile;
  verdict: FileVerdict | undefined;
}

export function FileViewer({ file, verdict }: FileViewerProps) {
  return (
    <div className="min-w-0 space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="min-w-0">
          <h3 className="truncate font-mono text-sm font-medium">{file.path}</h3>
          {file.description && <p className="text-xs text-muted">{file.description}</p>}
        </div>
        <div className="flex items-center gap-2">
          {verdict && (
            <Badge tone={verdict.status === 'valid' ? 'success' : 'danger'}>
              {verdict.status === 'valid' ? `Valid ${verdict.kind} (@objectstack/spec)` : verdict.status === 'unreadable' ? 'Unreadable' : `${verdict.issues.length} spec issue(s)`}
            </Badge>
          )}
          <CopyButton text={file.content} what={file.path} />
        </div>
      </div>
      {verdict && verdict.status !== 'valid' && (
        <ul aria-label="Validation issues" className="space-y-0.5 rounded-md border border-danger/40 bg-danger/5 p-2 text-xs">
          {verdict.issues.map((issue, i) => (
            <li key={i}>
              <code className="mr-1.5 font-mono">{issue.path || '(root)'}</code>
              {issue.message}
            </li>
          ))}
        </ul>
      )}
      <CodeView text={file.content} label={`Contents of ${file.path}`} highlighted={canHighlight(file.path)} />
    </div>
  );
}
