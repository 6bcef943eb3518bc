/*
 * outputFormat dsl: the app model in the console's DSL (lib/generator/dsl/README.md), the
 * compact form a user can read, edit and feed back through generateFromDsl. The metadata it
 * stands for is still built and checked, so warnings cover what generating it would give.
 */
import type { AppModel } from '@/lib/generator/types';
import { buildMetadata } from '@/lib/generator/metadata/build-metadata';
import { validateBundle } from '@/lib/generator/metadata/validate-bundle';
import { modelDslText, modelFile } from './model-file';
import type { Rendered } from './rendered';

export function renderDsl(model: AppModel): Rendered {
  const validation = validateBundle(buildMetadata(model));
  return {
    payload: {
      code: modelDslText(model),
      language: 'objectstack-dsl',
      files: [modelFile(model)],
      documentation: {
        usage: 'Edit the DSL and generate again from it (generateFromDsl) to get low-code schemas or a plugin package. Grammar: lib/generator/dsl/README.md.',
      },
    },
    warnings: [],
    suggestions: [],
    validation,
    penalty: 0,
  };
}
