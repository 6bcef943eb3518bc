/*
 * The AppModel behind a previous result: read back from the DSL file every result carries
 * (MODEL_FILE), with the prompt restored from its comment header.
 */
import type { GeneratedCode } from '@/schemas';
import type { AppModel } from '@/lib/generator/types';
import { badRequest } from '@/lib/errors';
import { parseDsl } from '@/lib/generator/dsl/parse-dsl';
import { MODEL_FILE } from '@/lib/generator/formats/rendered';

export function modelFromResult(previous: GeneratedCode): AppModel {
  const file = previous.files.find((f) => f.path === MODEL_FILE);
  if (!file) throw badRequest(`The previous result has no ${MODEL_FILE}: pass its app model instead`, [{ path: 'previous.files', message: `${MODEL_FILE} is missing` }]);
  const model = parseDsl(file.content);
  const header = file.content.split('\n').filter((line, i, lines) => line.startsWith('# ') && lines.slice(0, i).every((l) => l.startsWith('# ')));
  return { ...model, prompt: header.map((l) => l.slice(2)).join('\n'), confidence: previous.confidence };
}
