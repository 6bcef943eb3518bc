/*
 * The download of a result: every file, schema and test of a GeneratedCode in one zip, under
 * their package paths. Entries carry a fixed date so the same result always zips the same.
 */
import JSZip from 'jszip';
import type { GeneratedCode } from '@/schemas';

const FIXED_DATE = new Date('1980-01-01T00:00:00Z');

export async function zipGeneratedCode(code: GeneratedCode): Promise<Uint8Array> {
  const zip = new JSZip();
  const add = (path: string, content: string) => zip.file(path, content, { date: FIXED_DATE, createFolders: false });
  for (const s of code.schemas ?? []) add(s.path, s.content);
  for (const t of code.tests ?? []) add(t.path, t.content);
  for (const f of code.files) add(f.path, f.content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
