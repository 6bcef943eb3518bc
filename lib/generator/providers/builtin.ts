/*
 * The built-in provider: the deterministic, offline prompt reader (understand/).
 */
import { understandPrompt } from '@/lib/generator/understand/understand-prompt';
import type { GeneratorProvider } from './provider';

export const builtinProvider: GeneratorProvider = {
  id: 'builtin',
  label: 'built-in',
  async understand(request, { signal }) {
    signal?.throwIfAborted();
    return understandPrompt(request.description);
  },
};
