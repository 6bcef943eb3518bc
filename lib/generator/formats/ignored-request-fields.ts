/*
 * Request fields the generator reads but cannot act on yet. Saying so in the warnings is
 * better than letting the user believe they shaped the result.
 */
import type { CodeGenerationRequest } from '@/schemas';

export function ignoredRequestFields(request: CodeGenerationRequest): string[] {
  const ignored: string[] = [];
  const ui = request.framework?.uiFramework;
  if (ui && ui !== 'none') ignored.push(`framework.uiFramework '${ui}': views are ObjectStack metadata rendered by the platform, not ${ui} components.`);
  if (request.framework?.runtime) ignored.push(`framework.runtime '${request.framework.runtime}': the metadata runs wherever ObjectStack runs.`);
  if (request.capabilities?.length) ignored.push(`capabilities (${request.capabilities.join(', ')}): not generated; add them to the manifest by hand.`);
  if (request.dependencies?.length) ignored.push(`dependencies (${request.dependencies.join(', ')}): not added to the package.`);
  if (request.examples?.length) ignored.push(`examples: ${request.examples.length} example(s) were not used to shape the result.`);
  if (request.context?.existingCode) ignored.push('context.existingCode: the result does not merge with existing code.');
  if (request.context?.documentationUrls?.length) ignored.push('context.documentationUrls: documentation is not fetched.');
  if (request.context?.referencePlugins?.length) ignored.push('context.referencePlugins: reference plugins are not read.');
  const options = request.options;
  if (options && options.targetCoverage !== 80) ignored.push(`options.targetCoverage ${options.targetCoverage}: coverage is not measured.`);
  if (options && options.optimizationLevel !== 'basic') ignored.push(`options.optimizationLevel '${options.optimizationLevel}': metadata has nothing to optimize.`);
  return ignored.map((text) => `Ignored ${text}`);
}
