// Fast entry for `npm run generate`: runs the generate CLI (scripts/generate/cli.ts) from a V8
// startup snapshot of one esbuild bundle, so a run skips TypeScript, module loading and the
// tagger's start-up. Snapshot and bundle are rebuilt when any source they may include (lib/,
// schemas/, scripts/generate/, package-lock.json, tsconfig.json) is newer than the snapshot.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, 'node_modules', '.cache', 'objectstack-generate');
const blob = join(cache, `generate-${process.version}.blob`);

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function buildSnapshot() {
  mkdirSync(cache, { recursive: true });
  const bundle = join(cache, `entry.${process.pid}.cjs`);
  const temp = `${blob}.${process.pid}.tmp`;
  return import('esbuild').then(({ buildSync }) => {
    const { outputFiles } = buildSync({
      entryPoints: [join(root, 'scripts', 'generate', 'snapshot-entry.ts')],
      outfile: bundle,
      write: false,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      tsconfig: join(root, 'tsconfig.json'),
      logLevel: 'error',
    });
    writeFileSync(bundle, outputFiles[0].contents);
    const built = spawnSync(process.execPath, ['--snapshot-blob', temp, '--build-snapshot', bundle], { cwd: cache, stdio: ['ignore', 'ignore', 'inherit'] });
    unlinkSync(bundle);
    if (built.status !== 0) throw new Error('building the generate CLI snapshot failed');
    // Written aside and renamed, so a CLI started meanwhile never reads half a snapshot.
    renameSync(temp, blob);
  });
}

const sources = ['lib', 'schemas', 'scripts/generate', 'package-lock.json', 'tsconfig.json'].map((p) => join(root, p));
const stale = !existsSync(blob) || sources.some((p) => newestMtime(p) > statSync(blob).mtimeMs);
if (stale) await buildSnapshot();
const run = spawnSync(process.execPath, ['--snapshot-blob', blob, '--', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = run.status ?? 1;
