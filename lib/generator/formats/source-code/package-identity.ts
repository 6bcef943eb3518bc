/*
 * Names and kind of a generated plugin package: npm/PyPI name, manifest id and the
 * ObjectStack manifest type that best matches the request's pluginType.
 */
import type { PluginType } from '@/schemas';
import type { AppModel } from '@/lib/generator/types';

export interface PackageIdentity {
  /** npm package name (kebab-case) or, for Python, the distribution name. */
  name: string;
  /** Python import name / manifest name (snake_case). */
  moduleName: string;
  manifestId: string;
  manifestType: 'app' | 'driver' | 'ui' | 'adapter' | 'agent' | 'module' | 'plugin';
  version: string;
  description: string;
}

const MANIFEST_TYPES: Record<PluginType, PackageIdentity['manifestType']> = {
  app: 'app',
  driver: 'driver',
  widget: 'ui',
  integration: 'adapter',
  automation: 'module',
  analytics: 'app',
  'ai-agent': 'agent',
  custom: 'plugin',
};

export const SPEC_VERSION = '16.1.0';

export function packageIdentity(model: AppModel, pluginType: PluginType): PackageIdentity {
  const moduleName = model.app.name;
  const kebab = moduleName.replace(/_/g, '-');
  return {
    name: `objectstack-plugin-${kebab}`,
    moduleName,
    manifestId: `com.objectstack.plugin.${moduleName}`,
    manifestType: MANIFEST_TYPES[pluginType],
    version: '0.1.0',
    description: model.app.description || `${model.app.label} plugin for ObjectStack`,
  };
}
