'use client';
// The result's files as a folder tree, each metadata file with its spec verdict.
import { FileText, Folder } from 'lucide-react';
import type { FileVerdict } from '@/lib/generator/preview/validate-files';
import { cn } from '@/components/ui/cn';
import { VerdictBadge } from './verdict-badge';

export interface TreeNode {
  name: string;
  /** Full path for files; the folder's path for folders. */
  path: string;
  children?: TreeNode[];
}

/** Folders first, then files, each alphabetically. */
export function fileTree(paths: string[]): TreeNode[] {
  const root: TreeNode = { name: '', path: '', children: [] };
  for (const path of paths) {
    let node = root;
    const parts = path.split('/');
    parts.forEach((part, i) => {
      const isFile = i === parts.length - 1;
      const childPath = parts.slice(0, i + 1).join('/');
      let child = node.children!.find((c) => c.name === part && !c.children === isFile);
      if (!child) {
        child = isFile ? { name: part, path } : { name: part, path: childPath, children: [] };
        node.children!.push(child);
      }
      node = child;
    });
  }
  const sort = (nodes: TreeNode[]): TreeNode[] =>
    nodes
      .sort((a, b) => Number(!a.children) - Number(!b.children) || a.name.localeCompare(b.name))
      .map((n) => (n.children ? { ...n, children: sort(n.children) } : n));
  return sort(root.children!);
}

export interface FileTreeProps {
  nodes: TreeNode[];
  selected: string | null;
  onSelect: (path: string) => void;
  verdicts: Map<string, FileVerdict>;
}

export function FileTree({ nodes, selected, onSelect, verdicts }: FileTreeProps) {
  return (
    <ul aria-label="Files" className="space-y-0.5 text-sm">
      {nodes.map((n) => (
        <Node key={n.path} node={n} depth={0} selected={selected} onSelect={onSelect} verdicts={verdicts} />
      ))}
    </ul>
  );
}

function Node({ node, depth, ...rest }: { node: TreeNode; depth: number } & Omit<FileTreeProps, 'nodes'>) {
  const pad = { paddingLeft: `${depth * 0.875 + 0.375}rem` };
  if (node.children) {
    return (
      <li>
        <div className="flex items-center gap-1.5 py-0.5 text-xs font-medium text-muted" style={pad}>
          <Folder className="h-3.5 w-3.5" aria-hidden />
          {node.name}
        </div>
        <ul className="space-y-0.5">
          {node.children.map((c) => (
            <Node key={c.path} node={c} depth={depth + 1} {...rest} />
          ))}
        </ul>
      </li>
    );
  }
  const active = rest.selected === node.path;
  return (
    <li>
      <button
        type="button"
        onClick={() => rest.onSelect(node.path)}
        aria-current={active ? 'true' : undefined}
        title={node.path}
        className={cn('flex w-full items-center gap-1.5 rounded py-1 pr-2 text-left', active ? 'bg-accent/10 font-medium text-accent' : 'hover:bg-surface-2')}
        style={pad}
      >
        <FileText className="h-3.5 w-3.5 shrink-0 text-muted" aria-hidden />
        <span className="min-w-0 flex-1 truncate font-mono text-xs">{node.name}</span>
        <VerdictBadge verdict={rest.verdicts.get(node.path)} />
      </button>
    </li>
  );
}
