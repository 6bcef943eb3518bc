CREATE TABLE "healing_trigger_streak" (
	"plugin_id" text NOT NULL,
	"action_id" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"last_held_at" timestamp with time zone NOT NULL,
	CONSTRAINT "healing_trigger_streak_plugin_id_action_id_pk" PRIMARY KEY("plugin_id","action_id")
);
--> statement-breakpoint
CREATE TABLE "sign_in_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_failure_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "anomaly" ADD COLUMN "grouped_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "api_token" ADD COLUMN "plugin_ids" text[];--> statement-breakpoint
ALTER TABLE "incident" ADD COLUMN "opened_late" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "incident" ADD COLUMN "merged_into" bigint;--> statement-breakpoint
CREATE INDEX "anomaly_ungrouped_idx" ON "anomaly" USING btree ("id") WHERE grouped_at is null;