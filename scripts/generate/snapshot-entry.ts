// Entry of the generate CLI's startup snapshot (built by scripts/generate-cli.mjs): loads the
// generator and warms its tagger and validators once at build time, so each run starts from
// ready state. Nothing here may read the environment: it would be frozen into the snapshot.
import v8 from 'node:v8';
import { understandPrompt } from '@/lib/generator/understand/understand-prompt';
import { buildMetadata } from '@/lib/generator/metadata/build-metadata';
import { validateBundle } from '@/lib/generator/metadata/validate-bundle';
import { runCli } from './cli';

validateBundle(buildMetadata(understandPrompt('a crm with accounts and deals; deals have an amount and belong to an account')));

v8.startupSnapshot.setDeserializeMainFunction(() => {
  // Started as `node --snapshot-blob <blob> <args...>`: there is no script path in argv.
  runCli(process.argv.slice(1)).then((code) => {
    process.exitCode = code;
  });
});
