// Saves a new version of a document with optimistic concurrency: the caller names the version
// it edited, and a save on top of someone else's answers 409 naming who saved since.
import type { DocumentKind } from '@/schemas';
import { document, pluginEvent } from '../db/schema';
import type { Db } from '../db/client';
import type { Actor } from '../auth/actor';
import { actorLabel } from '../auth/actor';
import { appendAuditEvent } from '../audit/append-event';
import { isUniqueViolation } from '../db/errors';
import { conflict } from '../errors';
import { decryptDocument, encryptDocument } from '../secrets/redact';
import { completeDocument } from './complete-document';
import { checkEgressFields } from './check-egress-fields';
import { checkMetricsSource } from '../prometheus/check-expressions';
import type { MetricsSource } from '@/schemas';
import { documentKinds, scopeOf } from './document-kinds';
import { latestVersion, type DocumentRow } from './load-versions';
import { viewOf, type DocumentView } from './document-view';
import { diffDocuments } from './diff-documents';

export interface SaveInput {
  baseVersion: number;
  body: unknown;
  comment?: string;
  /** Set by rollback: the version whose body this save restores. */
  restoredFrom?: number;
}

export interface SaveResult extends DocumentView {
  changed: boolean;
}

function conflictSince(row: DocumentRow) {
  return conflict(`${row.authorName} saved version ${row.version} since you started editing`, {
    currentVersion: row.version,
    savedBy: row.authorName,
    savedAt: row.createdAt.toISOString(),
  });
}

export async function saveDocument(db: Db, actor: Actor, kind: DocumentKind, pluginId: string | null, input: SaveInput): Promise<SaveResult> {
  const spec = documentKinds[kind];
  const scope = scopeOf(kind, pluginId);
  const current = await latestVersion(db, kind, scope);
  const currentVersion = current?.version ?? 0;
  if (input.baseVersion !== currentVersion) {
    if (current) throw conflictSince(current);
    throw conflict(`Version ${input.baseVersion} does not exist yet; the document has no saved version`, { currentVersion: 0 });
  }
  const storedPlain = current ? decryptDocument(current.body, spec.secretPaths) : undefined;
  const body = completeDocument(kind, input.body, storedPlain);
  checkEgressFields(kind, body);
  if (kind === 'metrics-source') await checkMetricsSource(body as MetricsSource);

  const previous = storedPlain ?? spec.initial(pluginId);
  const changes = diffDocuments(previous, body, spec.secretPaths);
  if (current && changes.length === 0 && input.restoredFrom === undefined) {
    return { ...viewOf(kind, scope, current, pluginId), changed: false };
  }
  const version = currentVersion + 1;
  try {
    const row = await db.transaction(async (tx) => {
      const [inserted] = await tx
        .insert(document)
        .values({
          kind,
          scope,
          version,
          body: encryptDocument(body, spec.secretPaths),
          authorId: actor.id,
          authorName: actorLabel(actor),
          comment: input.comment ?? '',
          restoredFrom: input.restoredFrom ?? null,
        })
        .returning();
      await appendAuditEvent(tx, actor, {
        kind: input.restoredFrom ? 'document.rollback' : 'document.save',
        target: `${kind}:${scope}`,
        beforeRef: current ? `v${currentVersion}` : null,
        afterRef: `v${version}`,
        details: { comment: input.comment ?? '', changes: changes.length, paths: changes.slice(0, 50).map((c) => c.path) },
      });
      if (pluginId) {
        await tx.insert(pluginEvent).values({
          pluginId,
          ts: inserted.createdAt,
          kind: input.restoredFrom ? 'rollback' : 'config-change',
          level: 'info',
          message: `${spec.title} document saved as version ${version} by ${actorLabel(actor)}${input.comment ? `: ${input.comment}` : ''}`,
          data: { documentKind: kind, version, previousVersion: currentVersion, paths: changes.slice(0, 50).map((c) => c.path) },
          source: 'console',
        });
      }
      return inserted;
    });
    return { ...viewOf(kind, scope, row, pluginId), changed: true };
  } catch (err) {
    // Two saves from the same base raced: the unique (kind, scope, version) index let one win.
    if (isUniqueViolation(err)) {
      const winner = await latestVersion(db, kind, scope);
      if (winner) throw conflictSince(winner);
    }
    throw err;
  }
}
