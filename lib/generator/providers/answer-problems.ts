/*
 * Why a language model's answer can't be used, as short lines to send back to it: JSON that
 * doesn't parse or match the answer schema, a model that is inconsistent (checkModel), or
 * metadata that @objectstack/spec rejects.
 */
import type { AppModel } from '@/lib/generator/types';
import { AppModelAnswerSchema, type AppModelAnswer } from '@/lib/generator/model/app-model-schema';
import { checkModel } from '@/lib/generator/model/check-model';
import { buildMetadata } from '@/lib/generator/metadata/build-metadata';
import { validateBundle } from '@/lib/generator/metadata/validate-bundle';

export type ParsedAnswer = { ok: true; answer: AppModelAnswer } | { ok: false; problems: string[] };

export function parseAnswerText(text: string | undefined): ParsedAnswer {
  const json = (text ?? '').trim().replace(/^```(?:json)?\s*|\s*```$/g, '');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, problems: [`The answer is not valid JSON (${error instanceof Error ? error.message : String(error)}).`] };
  }
  const parsed = AppModelAnswerSchema.safeParse(value);
  if (parsed.success) return { ok: true, answer: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
}

export function modelProblems(model: AppModel): string[] {
  const errors = checkModel(model).filter((i) => i.severity === 'error').map((i) => `${i.path}: ${i.message}`);
  if (errors.length) return errors;
  return validateBundle(buildMetadata(model)).problems;
}
