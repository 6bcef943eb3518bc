CREATE TABLE "generation" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text,
	"user_name" text NOT NULL,
	"prompt" text NOT NULL,
	"request" jsonb NOT NULL,
	"result" jsonb,
	"error" text,
	"parent_id" text,
	"provider" text NOT NULL,
	"duration_ms" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "healing_outcome" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"plugin_id" text NOT NULL,
	"action_id" text NOT NULL,
	"trigger_key" text NOT NULL,
	"success" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "healing_proposal" (
	"id" text PRIMARY KEY NOT NULL,
	"plugin_id" text NOT NULL,
	"action_id" text NOT NULL,
	"action_type" text NOT NULL,
	"parameters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"priority" integer NOT NULL,
	"status" text NOT NULL,
	"reason" jsonb NOT NULL,
	"incident_id" bigint,
	"attempt" integer DEFAULT 1 NOT NULL,
	"requires_approval" boolean NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"decision_comment" text,
	"expires_at" timestamp with time zone NOT NULL,
	"executor" text NOT NULL,
	"claimed_by" text,
	"claim_expires_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"outcome" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"plugin_id" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"severity" text NOT NULL,
	"title" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"last_anomaly_at" timestamp with time zone NOT NULL,
	"symptoms" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"acknowledged_by" text,
	"acknowledged_at" timestamp with time zone,
	"resolved_by" text,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_comment" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"incident_id" bigint NOT NULL,
	"author_id" text,
	"author_name" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification_delivery" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"incident_id" bigint NOT NULL,
	"channel" text NOT NULL,
	"target" text NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"next_attempt_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "optimization" (
	"id" text PRIMARY KEY NOT NULL,
	"plugin_id" text NOT NULL,
	"type" text NOT NULL,
	"record" jsonb NOT NULL,
	"evidence" jsonb NOT NULL,
	"evidence_key" text NOT NULL,
	"change" jsonb,
	"status" text DEFAULT 'open' NOT NULL,
	"dismissed_reason" text,
	"applied_version" integer,
	"auto_applied" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rca_analysis" (
	"id" text PRIMARY KEY NOT NULL,
	"incident_id" bigint,
	"plugin_id" text NOT NULL,
	"status" text NOT NULL,
	"request" jsonb NOT NULL,
	"result" jsonb,
	"narrative" text,
	"error" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "generation_user_idx" ON "generation" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "healing_outcome_idx" ON "healing_outcome" USING btree ("plugin_id","action_id");--> statement-breakpoint
CREATE INDEX "healing_status_idx" ON "healing_proposal" USING btree ("status");--> statement-breakpoint
CREATE INDEX "healing_plugin_idx" ON "healing_proposal" USING btree ("plugin_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "healing_live_uq" ON "healing_proposal" USING btree ("plugin_id","action_id") WHERE status in ('pending', 'approved', 'running');--> statement-breakpoint
CREATE INDEX "incident_plugin_idx" ON "incident" USING btree ("plugin_id","started_at");--> statement-breakpoint
CREATE INDEX "incident_status_idx" ON "incident" USING btree ("status");--> statement-breakpoint
CREATE INDEX "incident_comment_idx" ON "incident_comment" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "notification_due_idx" ON "notification_delivery" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE UNIQUE INDEX "optimization_evidence_uq" ON "optimization" USING btree ("plugin_id","evidence_key");--> statement-breakpoint
CREATE INDEX "rca_incident_idx" ON "rca_analysis" USING btree ("incident_id");