/*
 * planDescription(): a description in, the reviewable plan out, read by the built-in reader.
 * A description it cannot build from is refused as generate() refuses it (422).
 */
import { ApiError } from '@/lib/errors';
import type { GenerationPlan } from '@/schemas/generator-api';
import { understandPrompt } from '@/lib/generator/understand/understand-prompt';
import { builtinProvider } from '@/lib/generator/providers/builtin';
import { buildPlan } from './build-plan';

export function planDescription(description: string): GenerationPlan {
  const model = understandPrompt(description);
  if (model.entities.length === 0) {
    const code = model.unreadableLanguage ? 'unsupported_language' : 'nothing_to_generate';
    throw new ApiError(422, code, model.warnings[0] ?? 'No records to build were found in the description', [{ path: 'description', message: model.warnings[0] ?? 'nothing to build' }], {
      warnings: model.warnings,
      suggestions: model.suggestions,
    });
  }
  return buildPlan(model, builtinProvider.id);
}
