'use client';
// The file browser: the tree on the left, the chosen file on the right (the first invalid
// metadata file if any, so problems are seen first, else the first file).
import { useMemo, useState } from 'react';
import type { GeneratedCode } from '@/schemas';
import type { FileVerdict } from '@/lib/generator/preview/validate-files';
import { resultFiles } from '@/lib/generator/result-files';
import { FileTree, fileTree } from './file-tree';
import { FileViewer } from './file-viewer';

export interface FilesPanelProps {
  code: GeneratedCode;
  verdicts: FileVerdict[];
}

export function FilesPanel({ code, verdicts }: FilesPanelProps) {
  const files = useMemo(() => resultFiles(code), [code]);
  const byPath = useMemo(() => new Map(verdicts.map((v) => [v.path, v])), [verdicts]);
  const tree = useMemo(() => fileTree(files.map((f) => f.path)), [files]);
  const [selected, setSelected] = useState<string | null>(null);
  const firstInvalid = verdicts.find((v) => v.status !== 'valid')?.path;
  const path = selected ?? firstInvalid ?? files.find((f) => byPath.has(f.path))?.path ?? files[0]?.path ?? null;
  const file = files.find((f) => f.path === path);
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-[16rem_minmax(0,1fr)]">
      <div className="max-h-[36rem] overflow-y-auto rounded-md border border-border p-2">
        <FileTree nodes={tree} selected={path} onSelect={setSelected} verdicts={byPath} />
      </div>
      {file ? <FileViewer file={file} verdict={byPath.get(file.path)} /> : <p className="text-sm text-muted">No files.</p>}
    </div>
  );
}
