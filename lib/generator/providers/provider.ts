/*
 * A provider reads the request's description and returns an AppModel; everything after that
 * (metadata, validation, files) is shared. The built-in reader works offline; a language model
 * is used when the console is configured with one.
 */
import type { CodeGenerationRequest } from '@/schemas';
import type { AppModel } from '@/lib/generator/types';

export interface ProviderContext {
  signal?: AbortSignal;
  /** Short progress notes ("asking the model", "retrying with the validation errors"). */
  onProgress?: (detail: string) => void;
}

export interface GeneratorProvider {
  id: 'builtin' | 'openai-compatible';
  /** Shown in progress steps: "Reading the description (built-in)". */
  label: string;
  understand(request: CodeGenerationRequest, context: ProviderContext): Promise<AppModel>;
}
