'use client';
import { DropdownMenu } from 'radix-ui';
import { Download } from 'lucide-react';
import type { DocumentExportFormat, DocumentKind } from '@/schemas';
import { documentPath } from '@/lib/queries/documents';

export interface ExportMenuProps {
  kind: DocumentKind;
  pluginId: string | null;
  version: number;
}

const ITEMS = [
  { format: 'json', label: 'JSON' },
  { format: 'yaml', label: 'YAML' },
  { format: 'ts', label: 'TypeScript module' },
  { format: 'schema', label: 'JSON Schema of the document' },
] as const satisfies readonly { format: DocumentExportFormat; label: string }[];

const item = 'flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-surface-2';

/** Downloads of the saved version (secrets redacted) and of the schema. */
export function ExportMenu({ kind, pluginId, version }: ExportMenuProps) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="inline-flex h-9 items-center gap-2 rounded-md border border-border bg-surface px-3.5 text-sm font-medium hover:bg-surface-2">
        <Download className="h-4 w-4" aria-hidden /> Export
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={6} className="z-50 min-w-56 rounded-md border border-border bg-surface p-1 shadow-lg">
          {ITEMS.map((i) => (
            <DropdownMenu.Item key={i.format} asChild className={item}>
              <a href={documentPath(kind, pluginId, `/export?format=${i.format}${version ? `&version=${version}` : ''}`)} download>
                {i.label}
              </a>
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
