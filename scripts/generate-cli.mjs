// Fast entry for `npm run generate`: runs scripts/generate.ts from one esbuild bundle instead of
// starting TypeScript on every call. The bundle is rebuilt when any source it may include
// (lib/, schemas/, scripts/generate.ts, package-lock.json) is newer than it.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'node_modules', '.cache', 'objectstack-generate', 'generate.mjs');

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

const sources = ['lib', 'schemas', 'scripts/generate.ts', 'package-lock.json', 'tsconfig.json'].map((p) => join(root, p));
const stale = !existsSync(bundle) || sources.some((p) => newestMtime(p) > statSync(bundle).mtimeMs);
if (stale) {
  const { buildSync } = await import('esbuild');
  const { outputFiles } = buildSync({
    entryPoints: [join(root, 'scripts', 'generate.ts')],
    outfile: bundle,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'error',
    // CommonJS dependencies inside an ESM bundle still call require().
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  // Written aside and renamed, so a CLI started meanwhile never reads half a bundle.
  const temp = `${bundle}.${process.pid}.tmp`;
  mkdirSync(dirname(bundle), { recursive: true });
  writeFileSync(temp, outputFiles[0].contents);
  renameSync(temp, bundle);
}
await import(pathToFileURL(bundle).href);
