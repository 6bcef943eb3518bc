// Entry of the generate CLI under tsx: npx tsx scripts/generate.ts "<prompt>" [options].
// `npm run generate` runs the same CLI from a startup snapshot (scripts/generate-cli.mjs).
import { runCli } from './generate/cli';

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
