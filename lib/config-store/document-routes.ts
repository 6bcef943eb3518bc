// HTTP handlers for one versioned document, shared by the per-plugin documents and the
// installation's registry document: current, save, history, diff, export and rollback.
import {
  DocumentDiffQuerySchema,
  DocumentExportQuerySchema,
  DocumentKindSchema,
  DocumentRollbackSchema,
  DocumentSaveSchema,
  DocumentVersionQuerySchema,
  type DocumentKind,
} from '@/schemas';
import { route } from '../auth/route';
import type { Db } from '../db/client';
import { notFound } from '../errors';
import { getPlugin } from '../plugins/get-plugin';
import { getDocument } from './get-document';
import { saveDocument } from './save-document';
import { listHistory } from './list-history';
import { diffVersions } from './diff-versions';
import { rollbackDocument } from './rollback-document';
import { exportDocument } from './export-document';
import { documentKinds } from './document-kinds';

/** Resolves the kind and plugin of a request: a fixed kind, or the `[kind]` segment of a plugin route. */
async function target(db: Db, params: Record<string, string>, fixedKind?: DocumentKind) {
  if (fixedKind) return { kind: fixedKind, pluginId: null };
  const kind = DocumentKindSchema.safeParse(params.kind);
  if (!kind.success || !documentKinds[kind.data].perPlugin) throw notFound(`Document kind ${params.kind}`);
  const plugin = await getPlugin(db, params.pluginId);
  return { kind: kind.data, pluginId: plugin.id };
}

export function documentRoutes(fixedKind?: DocumentKind) {
  return {
    get: route({ role: 'viewer', query: DocumentVersionQuerySchema }, async ({ db, params, query }) => {
      const t = await target(db, params, fixedKind);
      return getDocument(db, t.kind, t.pluginId, query.version);
    }),
    put: route({ role: 'operator', body: DocumentSaveSchema }, async ({ db, params, body, actor }) => {
      const t = await target(db, params, fixedKind);
      return saveDocument(db, actor, t.kind, t.pluginId, body);
    }),
    history: route({ role: 'viewer' }, async ({ db, params }) => {
      const t = await target(db, params, fixedKind);
      return { versions: await listHistory(db, t.kind, t.pluginId) };
    }),
    diff: route({ role: 'viewer', query: DocumentDiffQuerySchema }, async ({ db, params, query }) => {
      const t = await target(db, params, fixedKind);
      return { from: query.from, to: query.to, changes: await diffVersions(db, t.kind, t.pluginId, query.from, query.to) };
    }),
    export: route({ role: 'viewer', query: DocumentExportQuerySchema }, async ({ db, params, query }) => {
      const t = await target(db, params, fixedKind);
      const file = await exportDocument(await getDocument(db, t.kind, t.pluginId, query.version), t.pluginId, query.format);
      return new Response(file.text, {
        headers: {
          'content-type': `${file.contentType}; charset=utf-8`,
          'content-disposition': `attachment; filename="${file.filename}"`,
          'cache-control': 'no-store',
        },
      });
    }),
    rollback: route({ role: 'operator', body: DocumentRollbackSchema }, async ({ db, params, body, actor }) => {
      const t = await target(db, params, fixedKind);
      return rollbackDocument(db, actor, t.kind, t.pluginId, body);
    }),
  };
}
