ALTER TABLE "anomaly" ADD COLUMN "grouped_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "api_token" ADD COLUMN "plugin_ids" text[];--> statement-breakpoint
ALTER TABLE "incident" ADD COLUMN "opened_late" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "anomaly_ungrouped_idx" ON "anomaly" USING btree ("id") WHERE grouped_at is null;