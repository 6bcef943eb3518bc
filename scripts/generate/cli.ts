// The generate CLI: a plugin from a prompt without a running server, printed as GeneratedCode
// JSON: npm run generate -- "<prompt>" [--output-format F] [--schema-format F]
// [--plugin-type T] [--language L] [--provider auto|builtin] [--plan]. With --plan it prints the
// reviewable plan (objects, fields, options, relations with their words and confidence) instead.
// Errors go to stderr, exit 1.
import { parseArgs } from 'node:util';
import { generate } from '@/lib/generator/generate';
import { planDescription } from '@/lib/generator/plan/plan-description';
import { ApiError } from '@/lib/errors';
import type { CodeGenerationRequestInput } from '@/schemas';

const USAGE = 'usage: npm run generate -- "<prompt>" [--output-format source-code|low-code-schema|dsl] [--schema-format json|yaml|typescript] [--plugin-type app|...] [--language typescript|javascript|python] [--provider auto|builtin] [--plan]';

const OPTIONS = {
  'output-format': { type: 'string' },
  'schema-format': { type: 'string' },
  'plugin-type': { type: 'string', default: 'app' },
  language: { type: 'string' },
  provider: { type: 'string', default: 'auto' },
  plan: { type: 'boolean', default: false },
} as const;

/** Runs the CLI on its arguments (without node and script path); resolves to the exit code. */
export async function runCli(args: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ allowPositionals: true; options: typeof OPTIONS }>>;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: OPTIONS });
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
    const result = values.plan ? planDescription(positionals[0]) : await generate(request, { provider: values.provider });
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
