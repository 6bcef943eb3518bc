/*
 * Which provider reads a description: the configured language model when there is one,
 * otherwise the built-in reader. A caller may force either.
 */
import type { GeneratorProvider } from './provider';
import { builtinProvider } from './builtin';
import { openAICompatibleFromEnv } from './openai-compatible';

export type ProviderChoice = 'auto' | 'builtin' | 'openai-compatible' | GeneratorProvider;

export function pickProvider(choice: ProviderChoice = 'auto'): GeneratorProvider {
  if (typeof choice === 'object') return choice;
  if (choice === 'builtin') return builtinProvider;
  const configured = openAICompatibleFromEnv();
  if (choice === 'openai-compatible' && !configured) {
    throw new Error('No language model configured: set CONSOLE_AI_BASE_URL, CONSOLE_AI_API_KEY and CONSOLE_AI_MODEL');
  }
  return configured ?? builtinProvider;
}
