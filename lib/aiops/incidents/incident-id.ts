import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { incident } from '../../db/schema';
import { notFound } from '../../errors';
import type { IncidentRow } from './group-anomalies';

/** The numeric id an incident id string (from a URL or an analysis request) names, or null. */
export function parseIncidentId(id: string): number | null {
  return /^\d{1,15}$/.test(id) ? Number(id) : null;
}

/** The incident with this id (from a URL); 404 for an id that is malformed or unknown. */
export async function findIncident(db: Db, id: string): Promise<IncidentRow> {
  const n = parseIncidentId(id);
  if (n === null) throw notFound(`Incident ${id}`);
  const [row] = await db.select().from(incident).where(eq(incident.id, n));
  if (!row) throw notFound(`Incident ${id}`);
  return row;
}
