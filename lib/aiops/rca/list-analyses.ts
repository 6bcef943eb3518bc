import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rcaAnalysis } from '../../db/schema';
import { notFound } from '../../errors';
import { analysisView, type AnalysisView } from './analysis-view';
import { compareAnalyses } from './compare-analyses';

/** Analyses, newest first, of one plugin and/or one incident. */
export async function listAnalyses(db: Db, q: { pluginId?: string; incidentId?: number; limit?: number }): Promise<AnalysisView[]> {
  const where: SQL[] = [];
  if (q.pluginId) where.push(eq(rcaAnalysis.pluginId, q.pluginId));
  if (q.incidentId !== undefined) where.push(eq(rcaAnalysis.incidentId, q.incidentId));
  const rows = await db.select().from(rcaAnalysis).where(and(...where)).orderBy(desc(rcaAnalysis.createdAt)).limit(q.limit ?? 50);
  const views = rows.map(analysisView);
  if (q.incidentId === undefined) return views;
  // An incident's analyses are its living history: each says what changed since the one before.
  return views.map((v, i) => {
    const previous = views.slice(i + 1).find((p) => p.status === 'done');
    return previous && v.status === 'done' ? { ...v, sincePrevious: compareAnalyses(previous, v) } : v;
  });
}

export async function getAnalysis(db: Db, id: string): Promise<AnalysisView> {
  const [row] = await db.select().from(rcaAnalysis).where(eq(rcaAnalysis.id, id));
  if (!row) throw notFound(`Analysis ${id}`);
  return analysisView(row);
}
