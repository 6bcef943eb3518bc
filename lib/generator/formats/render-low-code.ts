/*
 * outputFormat low-code-schema: ObjectStack metadata files (objects; with generateUI, list and
 * form views, an app with navigation and an overview dashboard; with includeExamples, sample
 * records) serialised as JSON, YAML or typed TypeScript modules.
 */
import type { CodeGenerationRequest } from '@/schemas';
import type { AppModel } from '@/lib/generator/types';
import { badRequest } from '@/lib/errors';
import { buildMetadata } from '@/lib/generator/metadata/build-metadata';
import { toSchemaFiles } from '@/lib/generator/metadata/to-schema-files';
import { validateBundle } from '@/lib/generator/metadata/validate-bundle';
import { modelFile } from './model-file';
import type { Rendered } from './rendered';

const DEFAULT_SCHEMA_OPTIONS = { format: 'typescript', includeExamples: true, strictValidation: true, generateUI: true, generateDataModels: true } as const;

export function renderLowCode(model: AppModel, request: CodeGenerationRequest): Rendered {
  const options = request.schemaOptions ?? DEFAULT_SCHEMA_OPTIONS;
  const bundle = buildMetadata(model, { generateUI: options.generateUI, generateDataModels: options.generateDataModels, includeExamples: options.includeExamples });
  const { schemas, files } = toSchemaFiles(bundle, options.format);
  if (schemas.length === 0) {
    // R9: low-code output needs at least one schema; say which options left nothing.
    throw badRequest('Nothing to generate with these schema options', [
      { path: 'schemaOptions', message: 'generateDataModels and generateUI are both off: there are no objects, views, apps or dashboards to generate' },
    ]);
  }
  const validation = validateBundle(bundle);
  const warnings: string[] = [];
  const suggestions: string[] = [];
  if (!options.generateDataModels) {
    warnings.push('generateDataModels is off: the views, app and dashboard reference objects that must already exist on the platform.');
  }
  if (validation.problems.length && !options.strictValidation) {
    warnings.push('strictValidation is off: the files above are returned even though @objectstack/spec rejects parts of them.');
  }
  if (!options.generateUI) suggestions.push('Turn on generateUI to get list and form views, an app with navigation and an overview dashboard.');
  return {
    payload: { schemas, files: [...files, modelFile(model)] },
    warnings,
    suggestions,
    validation,
    penalty: 0,
  };
}
