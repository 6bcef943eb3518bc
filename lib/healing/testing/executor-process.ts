// A stand-in console process for the exactly-once tests: opens the PostgreSQL database given on
// the command line and runs the console's executor loop until there is no work left.
//   npx tsx lib/healing/testing/executor-process.ts <database url> <claimer>
import { sql } from 'drizzle-orm';
import { openPostgresDb } from '../../db/client';
import { rowsOf } from '../../db/rows-of';
import { runExecutors } from '../run-executors';

const [url, claimer] = process.argv.slice(2);
const handle = await openPostgresDb(url);
const waiting = async () => Number(rowsOf(await handle.db.execute(sql`select count(*)::int as n from healing_proposal where status = 'approved'`))[0].n);
let ran = 0;
// Until no approved action is left: the other process may be holding the plugin's one slot.
for (;;) {
  const done = await runExecutors(handle.db, { claimer, max: 5, webhook: { baseBackoffMs: 10 } });
  ran += done.length;
  if (done.length) continue;
  if ((await waiting()) === 0) break;
  await new Promise((r) => setTimeout(r, 20));
}
process.stdout.write(`${JSON.stringify({ claimer, ran })}\n`);
await handle.close();
