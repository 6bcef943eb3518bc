import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { incident } from '../../db/schema';
import { notFound } from '../../errors';
import type { IncidentRow } from './group-anomalies';

/** The incident with this id (from a URL); 404 for an id that is malformed or unknown. */
export async function findIncident(db: Db, id: string): Promise<IncidentRow> {
  if (!/^\d{1,15}$/.test(id)) throw notFound(`Incident ${id}`);
  const [row] = await db.select().from(incident).where(eq(incident.id, Number(id)));
  if (!row) throw notFound(`Incident ${id}`);
  return row;
}
