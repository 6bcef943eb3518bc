// Rows of a raw `db.execute` query, for both drivers (node-postgres and PGlite answer alike).
export function rowsOf(result: unknown): Record<string, unknown>[] {
  return ((result as { rows?: Record<string, unknown>[] }).rows ?? []) as Record<string, unknown>[];
}
