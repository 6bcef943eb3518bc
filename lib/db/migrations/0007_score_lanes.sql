CREATE TABLE "plugin_score_rollup" (
	"plugin_id" text NOT NULL,
	"resolution" smallint NOT NULL,
	"bucket" timestamp with time zone NOT NULL,
	"max_score" real NOT NULL,
	CONSTRAINT "plugin_score_rollup_resolution_bucket_plugin_id_pk" PRIMARY KEY("resolution","bucket","plugin_id")
);
--> statement-breakpoint
-- Backfill: quarter-hour roll-ups from the minutes still kept, and the score lanes from the roll-ups.
INSERT INTO "metric_rollup" ("series_id", "resolution", "bucket", "min", "max", "sum", "count", "max_score", "expected_sum", "scored_count", "lower", "upper")
SELECT "series_id", 900, date_bin('900 seconds', "bucket", timestamptz 'epoch'), min("min"), max("max"),
	least(greatest(sum("sum"::numeric), -1.7976931348623157e308::numeric), 1.7976931348623157e308::numeric)::float8, sum("count")::int, max("max_score"),
	least(greatest(sum(coalesce("expected_sum", 0)::numeric), -1.7976931348623157e308::numeric), 1.7976931348623157e308::numeric)::float8, sum("scored_count")::int, min("lower"), max("upper")
FROM "metric_rollup" WHERE "resolution" = 60
GROUP BY 1, 3
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "plugin_score_rollup" ("plugin_id", "resolution", "bucket", "max_score")
SELECT s."plugin_id", r."resolution", r."bucket", max(r."max_score")
FROM "metric_rollup" r JOIN "metric_series" s ON s."id" = r."series_id"
WHERE r."max_score" IS NOT NULL
GROUP BY 1, 2, 3
ON CONFLICT DO NOTHING;
