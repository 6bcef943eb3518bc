CREATE TABLE "anomaly" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"plugin_id" text NOT NULL,
	"metric" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone NOT NULL,
	"peak_at" timestamp with time zone NOT NULL,
	"score" real NOT NULL,
	"peak_value" double precision NOT NULL,
	"expected" double precision NOT NULL,
	"lower" double precision NOT NULL,
	"upper" double precision NOT NULL,
	"type" text NOT NULL,
	"incident_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demo_state" (
	"id" text PRIMARY KEY NOT NULL,
	"seed" integer NOT NULL,
	"history_from" timestamp with time zone NOT NULL,
	"history_to" timestamp with time zone NOT NULL,
	"seeded_at" timestamp with time zone,
	"state" jsonb NOT NULL,
	"ground_truth" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "detector_state" (
	"plugin_id" text NOT NULL,
	"metric" text NOT NULL,
	"config_hash" text NOT NULL,
	"state" jsonb NOT NULL,
	"last_ts" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "detector_state_plugin_id_metric_pk" PRIMARY KEY("plugin_id","metric")
);
--> statement-breakpoint
CREATE TABLE "health_report" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"plugin_id" text NOT NULL,
	"ts" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"report" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_lease" (
	"name" text PRIMARY KEY NOT NULL,
	"holder" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "metric_point" (
	"series_id" integer NOT NULL,
	"ts" timestamp with time zone NOT NULL,
	"value" double precision NOT NULL,
	"score" real,
	"expected" real,
	"lower" real,
	"upper" real,
	CONSTRAINT "metric_point_series_id_ts_pk" PRIMARY KEY("series_id","ts")
);
--> statement-breakpoint
CREATE TABLE "metric_rollup" (
	"series_id" integer NOT NULL,
	"resolution" smallint NOT NULL,
	"bucket" timestamp with time zone NOT NULL,
	"min" double precision NOT NULL,
	"max" double precision NOT NULL,
	"sum" double precision NOT NULL,
	"count" integer NOT NULL,
	"max_score" real,
	"expected_sum" double precision,
	"scored_count" integer DEFAULT 0 NOT NULL,
	"lower" double precision,
	"upper" double precision,
	CONSTRAINT "metric_rollup_series_id_resolution_bucket_pk" PRIMARY KEY("series_id","resolution","bucket")
);
--> statement-breakpoint
CREATE TABLE "metric_series" (
	"id" serial PRIMARY KEY NOT NULL,
	"plugin_id" text NOT NULL,
	"metric" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plugin_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"plugin_id" text NOT NULL,
	"ts" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"message" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"source" text DEFAULT 'api' NOT NULL
);
--> statement-breakpoint
CREATE INDEX "anomaly_plugin_time_idx" ON "anomaly" USING btree ("plugin_id","started_at");--> statement-breakpoint
CREATE INDEX "anomaly_time_idx" ON "anomaly" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "health_plugin_time_idx" ON "health_report" USING btree ("plugin_id","ts");--> statement-breakpoint
CREATE UNIQUE INDEX "metric_series_plugin_metric_uq" ON "metric_series" USING btree ("plugin_id","metric");--> statement-breakpoint
CREATE INDEX "event_plugin_time_idx" ON "plugin_event" USING btree ("plugin_id","ts");--> statement-breakpoint
CREATE INDEX "event_time_idx" ON "plugin_event" USING btree ("ts");