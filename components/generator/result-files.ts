// Every file of a result in one list (schemas, package files and tests, each path once), and
// the same list as a folder tree for the file browser.
import type { GeneratedCode } from '@/schemas';

export interface ResultFile {
  path: string;
  content: string;
  description?: string;
}

export interface TreeNode {
  name: string;
  /** Full path for files; the folder's path for folders. */
  path: string;
  children?: TreeNode[];
}

export function resultFiles(code: GeneratedCode): ResultFile[] {
  const seen = new Map<string, ResultFile>();
  for (const f of [...(code.schemas ?? []), ...code.files, ...(code.tests ?? [])]) {
    if (!seen.has(f.path)) seen.set(f.path, { path: f.path, content: f.content, description: 'description' in f ? f.description : undefined });
  }
  return [...seen.values()];
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
