/*
 * generateFromDsl(): the page's other input. The user writes (or edits) the app in the DSL and
 * gets any output format from it; syntax errors come back as DslParseError with line:column.
 */
import type { CodeGenerationRequestInput, GeneratedCode } from '@/schemas';
import { parseDsl } from './dsl/parse-dsl';
import { generate, type GenerateOptions } from './generate';

export async function generateFromDsl(text: string, request: CodeGenerationRequestInput, opts: Omit<GenerateOptions, 'model' | 'provider'> = {}): Promise<GeneratedCode> {
  const model = parseDsl(text);
  return generate(request, { ...opts, model: { ...model, prompt: request.description ?? '' } });
}
