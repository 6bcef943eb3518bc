// Generates a plugin from a prompt without a running server and prints the GeneratedCode as
// JSON: npx tsx scripts/generate.ts "<prompt>" [--output-format F] [--schema-format F]
// [--plugin-type T] [--language L] [--provider auto|builtin]. Errors go to stderr, exit 1.
import { parseArgs } from 'node:util';
import { generate } from '@/lib/generator/generate';
import { ApiError } from '@/lib/errors';
import type { CodeGenerationRequestInput } from '@/schemas';

const USAGE = 'usage: npx tsx scripts/generate.ts "<prompt>" [--output-format source-code|low-code-schema|dsl] [--schema-format json|yaml|typescript] [--plugin-type app|...] [--language typescript|javascript|python] [--provider auto|builtin]';

const OPTIONS = {
  'output-format': { type: 'string' },
  'schema-format': { type: 'string' },
  'plugin-type': { type: 'string', default: 'app' },
  language: { type: 'string' },
  provider: { type: 'string', default: 'auto' },
} as const;

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ allowPositionals: true; options: typeof OPTIONS }>>;
  try {
    parsed = parseArgs({ allowPositionals: true, options: OPTIONS });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || (values.provider !== 'auto' && values.provider !== 'builtin')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  // Values are passed as given: the request schema (R8) is what rejects bad combinations.
  const request = {
    description: positionals[0],
    pluginType: values['plugin-type'],
    ...(values['output-format'] ? { outputFormat: values['output-format'] } : {}),
    ...(values.language ? { language: values.language } : {}),
    ...(values['schema-format'] ? { schemaOptions: { format: values['schema-format'] } } : {}),
  } as CodeGenerationRequestInput;
  try {
    const result = await generate(request, { provider: values.provider });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ApiError) {
      process.stderr.write(`error: ${error.message}\n`);
      for (const issue of error.issues) process.stderr.write(`  ${issue.path ? `${issue.path}: ` : ''}${issue.message}\n`);
      for (const line of (error.details?.suggestions as string[] | undefined) ?? []) process.stderr.write(`  suggestion: ${line}\n`);
    } else {
      process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    return 1;
  }
}

main().then((code) => {
  process.exitCode = code;
});
