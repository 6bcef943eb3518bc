/*
 * What a format renderer hands back to generate(): the GeneratedCode payload of its format,
 * plus what it noticed, and the spec check of the metadata behind it (for confidence).
 */
import type { GeneratedCode } from '@/schemas';
import type { BundleValidation } from '@/lib/generator/metadata/validate-bundle';

export type RenderedPayload = Omit<GeneratedCode, 'outputFormat' | 'confidence' | 'warnings' | 'suggestions'>;

export interface Rendered {
  payload: RenderedPayload;
  warnings: string[];
  suggestions: string[];
  validation: BundleValidation;
  /** Points off the model's confidence for approximations the format itself makes. */
  penalty: number;
}

/** Every result carries the model as DSL at this path, so refine() can pick up where it left off. */
export const MODEL_FILE = 'app.dsl';
