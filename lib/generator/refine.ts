/*
 * refine(): edits the current app model with a follow-up ("add a priority to tasks", "rename
 * deals to opportunities") and generates again in the same request's format, returning the new
 * result, what changed in the model and a unified diff per changed file.
 */
import type { CodeGenerationRequestInput, GeneratedCode } from '@/schemas';
import type { AppModel } from '@/lib/generator/types';
import { generate, type GenerateOptions } from './generate';
import { editModel } from './refine/edit-model';
import { modelFromResult } from './refine/model-from-result';
import { diffFiles, type FileDiff } from './refine/diff-files';
import { followUpNote, isFollowUpNote } from './refine/follow-up-notes';

export interface Refinement {
  result: GeneratedCode;
  model: AppModel;
  changes: string[];
  diff: FileDiff[];
}

export async function refine(
  previous: GeneratedCode | AppModel,
  followUp: string,
  request: CodeGenerationRequestInput,
  opts: Omit<GenerateOptions, 'model' | 'provider'> = {},
): Promise<Refinement> {
  const isModel = 'entities' in previous;
  const before = isModel ? previous : modelFromResult(previous);
  // Diff against the previous output in this request's format, regenerated when only the model was given.
  const previousResult = isModel ? await generate(request, { model: before }) : previous;
  const edit = editModel(before, followUp);
  const notes = [
    ...edit.changes.map(followUpNote),
    ...edit.unapplied.map((u) => followUpNote(`couldn't apply "${u}"; try "add a <field> to <records>", "remove <field> from <records>", "rename <records> to <name>" or "<records> belong to <records>".`)),
  ];
  const model: AppModel = { ...edit.model, warnings: [...edit.model.warnings.filter((w) => !isFollowUpNote(w)), ...notes] };
  const result = await generate(request, { ...opts, model });
  return { result, model, changes: edit.changes, diff: diffFiles(previousResult, result) };
}
