import { printTable } from '../table';
import { runIngestBenchmark } from './ingest';

process.env.CONSOLE_SECRET_KEY ??= '0'.repeat(64);
process.env.CONSOLE_DATA_DIR ??= '.tmp/bench-data';

const rows = await runIngestBenchmark();
printTable(
  'Metric ingest through the API handler, and the 30-day chart query (259 200 points → 1 000 px); targets: ≥ 50 000 points/s, < 150 ms',
  ['database', 'points/s', '30-day query ms (median)'],
  rows.map((r) => [r.database, r.pointsPerSecond, r.query30dMs]),
);
process.exit(0);
