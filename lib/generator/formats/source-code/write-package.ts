/*
 * Writes a GeneratedCode's files (and low-code schemas) into a folder, for the compile test
 * and for users who want a package on disk rather than a zip.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GeneratedCode } from '@/schemas';
import { resultFiles } from '@/lib/generator/result-files';

export async function writePackage(code: GeneratedCode, dir: string): Promise<string[]> {
  const files = resultFiles(code);
  const root = path.resolve(dir);
  for (const { path: relative, content } of files) {
    const target = path.resolve(root, relative);
    // Paths come from the generator, but a package must never write outside its folder.
    if (!target.startsWith(root + path.sep)) throw new Error(`Refusing to write outside the package: ${relative}`);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return files.map((f) => f.path);
}
