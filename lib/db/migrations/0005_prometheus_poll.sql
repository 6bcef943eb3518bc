CREATE TABLE "prometheus_poll" (
	"plugin_id" text NOT NULL,
	"metric" text NOT NULL,
	"last_ts" timestamp with time zone NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"retry_at" timestamp with time zone,
	"last_error" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "prometheus_poll_plugin_id_metric_pk" PRIMARY KEY("plugin_id","metric")
);
