/*
 * The app model, written into every result as DSL (MODEL_FILE): users can edit it and generate
 * again, and refine() reads it back from a previous GeneratedCode.
 */
import type { AppModel, GeneratedFile } from '@/lib/generator/types';
import { printDsl } from '@/lib/generator/dsl/print-dsl';
import { MODEL_FILE } from './rendered';

export function modelDslText(model: AppModel): string {
  const header = model.prompt.trim()
    ? `${model.prompt.trim().split('\n').map((line) => `# ${line}`).join('\n')}\n`
    : '';
  return `${header}${printDsl(model)}`;
}

export function modelFile(model: AppModel): GeneratedFile {
  return { path: MODEL_FILE, content: modelDslText(model), description: 'The app model in the console DSL: edit it and generate again' };
}
