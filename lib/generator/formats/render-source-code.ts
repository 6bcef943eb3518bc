/*
 * outputFormat source-code: an ObjectStack plugin package in TypeScript, JavaScript or Python,
 * holding the same metadata as the low-code output plus manifest, config, tests and docs.
 */
import type { CodeGenerationRequest } from '@/schemas';
import type { AppModel } from '@/lib/generator/types';
import { buildMetadata } from '@/lib/generator/metadata/build-metadata';
import { validateBundle } from '@/lib/generator/metadata/validate-bundle';
import { resolveStyle } from '@/lib/generator/printer/style';
import { packageIdentity } from './source-code/package-identity';
import { emitJsPackage } from './source-code/emit-js-package';
import { emitPythonPackage } from './source-code/emit-python-package';
import { emitDocs } from './source-code/emit-docs';
import { modelFile } from './model-file';
import type { Rendered } from './rendered';

const DATA_PLUGIN_TYPES = new Set(['app', 'analytics', 'custom']);

export function renderSourceCode(model: AppModel, request: CodeGenerationRequest): Rendered {
  const language = request.language ?? 'typescript';
  const generateExamples = request.options?.generateExamples ?? true;
  const bundle = buildMetadata(model, { generateUI: true, generateDataModels: true, includeExamples: generateExamples });
  const validation = validateBundle(bundle);
  const identity = packageIdentity(model, request.pluginType);
  const style = resolveStyle(request.style);
  const emitted = language === 'python' ? emitPythonPackage(bundle, identity, request, style) : emitJsPackage(bundle, identity, request, style);
  const warnings = [...emitted.warnings];
  const suggestions: string[] = [];
  if (!DATA_PLUGIN_TYPES.has(request.pluginType)) {
    warnings.push(
      `pluginType '${request.pluginType}': generated the data model, views and manifest (type '${identity.manifestType}'); the ${request.pluginType}-specific runtime code is not generated.`,
    );
  }
  const files = [...emitted.files, modelFile(model)];
  const generateDocs = request.options?.generateDocs ?? true;
  let documentation: { readme: string; api: string; usage: string } | undefined;
  if (generateDocs) {
    const docs = emitDocs(model, identity, language, emitted.tests.length > 0);
    files.push(...docs.files);
    documentation = { readme: docs.readme, api: docs.api, usage: docs.usage };
  } else {
    suggestions.push('Turn on options.generateDocs to get a README and an API reference.');
  }
  if (emitted.tests.length === 0) suggestions.push('Turn on options.generateTests (with a testing framework) to check the definitions against @objectstack/spec in CI.');
  return {
    payload: { code: emitted.code, language, files, tests: emitted.tests, package: emitted.package, ...(documentation ? { documentation } : {}) },
    warnings,
    suggestions,
    validation,
    // Python definitions are not checked by a type checker against the spec.
    penalty: language === 'python' ? 10 : 0,
  };
}
