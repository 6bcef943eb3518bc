CREATE TABLE "healing_trigger_streak" (
	"plugin_id" text NOT NULL,
	"action_id" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"last_held_at" timestamp with time zone NOT NULL,
	CONSTRAINT "healing_trigger_streak_plugin_id_action_id_pk" PRIMARY KEY("plugin_id","action_id")
);
