// A document version as a file: JSON, YAML, a TypeScript module whose default export is the
// document typed with the protocol type (generated from the Zod schema's JSON Schema), or the
// schema itself as JSON Schema. Exports carry the API's redacted view: secrets never leave.
import { compile } from 'json-schema-to-typescript';
import { stringify as toYaml } from 'yaml';
import { schemaToJson, type DocumentExportFormat } from '@/schemas';
import { documentKinds } from './document-kinds';
import type { DocumentView } from './document-view';

export interface ExportedFile {
  filename: string;
  contentType: string;
  text: string;
}

function baseName(view: DocumentView, pluginId: string | null): string {
  const scope = pluginId ? pluginId.replace(/[^a-z0-9-_.]+/gi, '-') : 'installation';
  return `${scope}.${view.kind}.v${view.version}`;
}

export async function exportDocument(view: DocumentView, pluginId: string | null, format: DocumentExportFormat): Promise<ExportedFile> {
  const { schemaName: schema, schema: zodSchema } = documentKinds[view.kind];
  const type = schema.replace(/Schema$/, ''); // the protocol type: SandboxConfigSchema → SandboxConfig
  const name = baseName(view, pluginId);
  const origin = `Exported from ObjectStack Console: ${pluginId ? `plugin ${pluginId}, ` : ''}${view.kind} document version ${view.version}. Secrets are redacted.`;
  switch (format) {
    case 'json':
      return { filename: `${name}.json`, contentType: 'application/json', text: `${JSON.stringify(view.body, null, 2)}\n` };
    case 'yaml':
      return { filename: `${name}.yaml`, contentType: 'application/yaml', text: `# ${origin}\n${toYaml(view.body)}` };
    case 'schema':
      return { filename: `${schema}.json`, contentType: 'application/schema+json', text: `${JSON.stringify(schemaToJson(zodSchema), null, 2)}\n` };
    case 'ts': {
      const types = await compile(schemaToJson(zodSchema) as never, type, { bannerComment: '', additionalProperties: false, format: true });
      const text = `// ${origin}\n// The type below is generated from the protocol's ${schema}.\n\n${types}\nconst config: ${type} = ${JSON.stringify(view.body, null, 2)};\n\nexport default config;\n`;
      return { filename: `${name}.ts`, contentType: 'text/typescript', text };
    }
  }
}
