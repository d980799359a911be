CREATE TABLE "artifact_versions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"artifact_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"mime" text NOT NULL,
	"content_hash" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"lineage" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "artifact_versions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "artifact_versions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "artifacts" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"conversation_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"latest_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "artifacts_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "artifacts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "dashboards" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"artifact_id" uuid,
	"title" text NOT NULL,
	"filters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"layout" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "dashboards_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "dashboards" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "widgets" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dashboard_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"position" jsonb NOT NULL,
	"config" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "widgets_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "widgets" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "audit_events" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"seq" bigint NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"target" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"request_id" text,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_events_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "audit_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "approvals" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"tool_invocation_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_for" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"reason" text,
	"edited_arguments" jsonb,
	CONSTRAINT "approvals_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "approvals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "conversations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text DEFAULT 'New conversation' NOT NULL,
	"pinned" boolean DEFAULT false NOT NULL,
	"sensitive" boolean DEFAULT false NOT NULL,
	"active_leaf_id" uuid,
	"next_seq" bigint DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "conversations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "conversations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "memories" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" uuid NOT NULL,
	"content" text NOT NULL,
	"source" text,
	CONSTRAINT "memories_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "memories" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "messages" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"conversation_id" uuid NOT NULL,
	"parent_id" uuid,
	"role" text NOT NULL,
	"parts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"model" text,
	"author_id" uuid,
	CONSTRAINT "messages_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "messages" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "presets" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"instructions" text DEFAULT '' NOT NULL,
	"model" text,
	"tools_allowed" text[],
	"owner_id" uuid,
	CONSTRAINT "presets_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "presets" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "run_events" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"conversation_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"seq" bigint NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	CONSTRAINT "run_events_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "run_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "runs" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"conversation_id" uuid NOT NULL,
	"message_id" uuid NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"model" text,
	"usage" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"ttft_ms" integer,
	"error" text,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "runs_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "runs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "tool_invocations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"run_id" uuid NOT NULL,
	"tool_name" text NOT NULL,
	"tool_call_id" text NOT NULL,
	"arguments" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"result" jsonb,
	"error" text,
	"duration_ms" integer,
	"finished_at" timestamp with time zone,
	CONSTRAINT "tool_invocations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "tool_invocations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "business_units" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "business_units_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "business_units" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "hiring_daily" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"business_unit_id" uuid NOT NULL,
	"day" date NOT NULL,
	"stage" text NOT NULL,
	"candidates" integer NOT NULL,
	CONSTRAINT "hiring_daily_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "hiring_daily" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "incidents" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"project_id" uuid NOT NULL,
	"severity" text NOT NULL,
	"title" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "incidents_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "incidents" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "kpi_daily" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"project_id" uuid NOT NULL,
	"day" date NOT NULL,
	"revenue" numeric(16, 2) NOT NULL,
	"cost" numeric(16, 2) NOT NULL,
	"gross_margin" numeric(16, 2) NOT NULL,
	"bookings" numeric(16, 2) NOT NULL,
	"arr" numeric(16, 2) NOT NULL,
	"headcount" integer NOT NULL,
	"burn" numeric(16, 2) NOT NULL,
	CONSTRAINT "kpi_daily_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "kpi_daily" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "milestones" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"project_id" uuid NOT NULL,
	"name" text NOT NULL,
	"due_on" date NOT NULL,
	"completed_on" date,
	"status" text NOT NULL,
	CONSTRAINT "milestones_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "milestones" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "pipeline_daily" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"business_unit_id" uuid NOT NULL,
	"day" date NOT NULL,
	"stage" text NOT NULL,
	"deals" integer NOT NULL,
	"amount" numeric(16, 2) NOT NULL,
	CONSTRAINT "pipeline_daily_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "pipeline_daily" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "projects" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"business_unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"started_on" date NOT NULL,
	CONSTRAINT "projects_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "projects" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "credentials" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"ciphertext" "bytea" NOT NULL,
	"encrypted_data_key" "bytea" NOT NULL,
	"key_version" text DEFAULT '1' NOT NULL,
	"rotated_at" timestamp with time zone,
	CONSTRAINT "credentials_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "credentials" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "plugin_installs" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"plugin_id" uuid NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"config" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "plugin_installs_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "plugin_installs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "tools" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"source" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"input_schema" jsonb NOT NULL,
	"requires_approval" boolean DEFAULT false NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	CONSTRAINT "tools_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "tools" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "api_keys" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"secret_hash" text NOT NULL,
	"scopes" text[] DEFAULT '{}'::text[] NOT NULL,
	"expires_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_keys_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "api_keys" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "grants" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"resource_type" text NOT NULL,
	"resource_id" text NOT NULL,
	"effect" text NOT NULL,
	CONSTRAINT "grants_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "grants" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "group_members" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"group_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "group_members_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "group_members" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "groups" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"external_id" text,
	CONSTRAINT "groups_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "groups" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "memberships" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	CONSTRAINT "memberships_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "memberships" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "policies" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"key" text NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policies_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "policies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "themes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"tokens" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"logo_blob_key" text,
	"is_default" boolean DEFAULT false NOT NULL,
	CONSTRAINT "themes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "themes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "workspaces" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"is_default" boolean DEFAULT false NOT NULL,
	CONSTRAINT "workspaces_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "workspaces" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "chunks" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"document_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"text" text NOT NULL,
	"page" integer,
	"heading" text,
	"content_hash" text NOT NULL,
	"embedding" real[],
	"embedding_dims" integer,
	CONSTRAINT "chunks_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "chunks" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "collections" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"access" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "collections_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "collections" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "datasources" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"workspace_id" uuid,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"config" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"credential_id" uuid,
	CONSTRAINT "datasources_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "datasources" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "documents" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"collection_id" uuid,
	"name" text NOT NULL,
	"mime" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"content_hash" text NOT NULL,
	"blob_key" text NOT NULL,
	"status" text DEFAULT 'uploaded' NOT NULL,
	"pages" integer,
	"error" text,
	CONSTRAINT "documents_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "documents" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "vector_indexes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"embedder" text NOT NULL,
	"dimensions" integer NOT NULL,
	"metric" text DEFAULT 'cosine' NOT NULL,
	"status" text DEFAULT 'building' NOT NULL,
	CONSTRAINT "vector_indexes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "vector_indexes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "plugins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"version" text NOT NULL,
	"publisher" text NOT NULL,
	"manifest" jsonb NOT NULL,
	"signature" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plugins_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "plugins" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"active_tenant_id" uuid,
	"ip" text,
	"user_agent" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "sessions_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "sessions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "tenants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenants_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "tenants" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"status" text DEFAULT 'active' NOT NULL,
	"is_platform_admin" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "artifact_versions" ADD CONSTRAINT "artifact_versions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "artifact_versions" ADD CONSTRAINT "artifact_versions_tenant_id_artifact_id_artifacts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","artifact_id") REFERENCES "public"."artifacts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "artifacts" ADD CONSTRAINT "artifacts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "artifacts" ADD CONSTRAINT "artifacts_tenant_id_workspace_id_workspaces_tenant_id_id_fk" FOREIGN KEY ("tenant_id","workspace_id") REFERENCES "public"."workspaces"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "artifacts" ADD CONSTRAINT "artifacts_tenant_id_conversation_id_conversations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","conversation_id") REFERENCES "public"."conversations"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dashboards" ADD CONSTRAINT "dashboards_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dashboards" ADD CONSTRAINT "dashboards_tenant_id_workspace_id_workspaces_tenant_id_id_fk" FOREIGN KEY ("tenant_id","workspace_id") REFERENCES "public"."workspaces"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dashboards" ADD CONSTRAINT "dashboards_tenant_id_artifact_id_artifacts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","artifact_id") REFERENCES "public"."artifacts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "widgets" ADD CONSTRAINT "widgets_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "widgets" ADD CONSTRAINT "widgets_tenant_id_dashboard_id_dashboards_tenant_id_id_fk" FOREIGN KEY ("tenant_id","dashboard_id") REFERENCES "public"."dashboards"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approvals" ADD CONSTRAINT "approvals_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approvals" ADD CONSTRAINT "approvals_requested_for_users_id_fk" FOREIGN KEY ("requested_for") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approvals" ADD CONSTRAINT "approvals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approvals" ADD CONSTRAINT "approvals_tenant_id_tool_invocation_id_tool_invocations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","tool_invocation_id") REFERENCES "public"."tool_invocations"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_tenant_id_workspace_id_workspaces_tenant_id_id_fk" FOREIGN KEY ("tenant_id","workspace_id") REFERENCES "public"."workspaces"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memories" ADD CONSTRAINT "memories_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memories" ADD CONSTRAINT "memories_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_tenant_id_conversation_id_conversations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","conversation_id") REFERENCES "public"."conversations"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presets" ADD CONSTRAINT "presets_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presets" ADD CONSTRAINT "presets_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "run_events" ADD CONSTRAINT "run_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "run_events" ADD CONSTRAINT "run_events_tenant_id_conversation_id_conversations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","conversation_id") REFERENCES "public"."conversations"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "run_events" ADD CONSTRAINT "run_events_tenant_id_run_id_runs_tenant_id_id_fk" FOREIGN KEY ("tenant_id","run_id") REFERENCES "public"."runs"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runs" ADD CONSTRAINT "runs_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runs" ADD CONSTRAINT "runs_tenant_id_conversation_id_conversations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","conversation_id") REFERENCES "public"."conversations"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runs" ADD CONSTRAINT "runs_tenant_id_message_id_messages_tenant_id_id_fk" FOREIGN KEY ("tenant_id","message_id") REFERENCES "public"."messages"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_invocations" ADD CONSTRAINT "tool_invocations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_invocations" ADD CONSTRAINT "tool_invocations_tenant_id_run_id_runs_tenant_id_id_fk" FOREIGN KEY ("tenant_id","run_id") REFERENCES "public"."runs"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_units" ADD CONSTRAINT "business_units_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hiring_daily" ADD CONSTRAINT "hiring_daily_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hiring_daily" ADD CONSTRAINT "hiring_daily_tenant_id_business_unit_id_business_units_tenant_id_id_fk" FOREIGN KEY ("tenant_id","business_unit_id") REFERENCES "public"."business_units"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_tenant_id_project_id_projects_tenant_id_id_fk" FOREIGN KEY ("tenant_id","project_id") REFERENCES "public"."projects"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_daily" ADD CONSTRAINT "kpi_daily_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_daily" ADD CONSTRAINT "kpi_daily_tenant_id_project_id_projects_tenant_id_id_fk" FOREIGN KEY ("tenant_id","project_id") REFERENCES "public"."projects"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_tenant_id_project_id_projects_tenant_id_id_fk" FOREIGN KEY ("tenant_id","project_id") REFERENCES "public"."projects"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pipeline_daily" ADD CONSTRAINT "pipeline_daily_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pipeline_daily" ADD CONSTRAINT "pipeline_daily_tenant_id_business_unit_id_business_units_tenant_id_id_fk" FOREIGN KEY ("tenant_id","business_unit_id") REFERENCES "public"."business_units"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_tenant_id_business_unit_id_business_units_tenant_id_id_fk" FOREIGN KEY ("tenant_id","business_unit_id") REFERENCES "public"."business_units"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credentials" ADD CONSTRAINT "credentials_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plugin_installs" ADD CONSTRAINT "plugin_installs_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plugin_installs" ADD CONSTRAINT "plugin_installs_plugin_id_plugins_id_fk" FOREIGN KEY ("plugin_id") REFERENCES "public"."plugins"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tools" ADD CONSTRAINT "tools_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_tenant_id_group_id_groups_tenant_id_id_fk" FOREIGN KEY ("tenant_id","group_id") REFERENCES "public"."groups"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "themes" ADD CONSTRAINT "themes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspaces" ADD CONSTRAINT "workspaces_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chunks" ADD CONSTRAINT "chunks_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chunks" ADD CONSTRAINT "chunks_tenant_id_document_id_documents_tenant_id_id_fk" FOREIGN KEY ("tenant_id","document_id") REFERENCES "public"."documents"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collections" ADD CONSTRAINT "collections_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collections" ADD CONSTRAINT "collections_tenant_id_workspace_id_workspaces_tenant_id_id_fk" FOREIGN KEY ("tenant_id","workspace_id") REFERENCES "public"."workspaces"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "datasources" ADD CONSTRAINT "datasources_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "datasources" ADD CONSTRAINT "datasources_tenant_id_workspace_id_workspaces_tenant_id_id_fk" FOREIGN KEY ("tenant_id","workspace_id") REFERENCES "public"."workspaces"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "datasources" ADD CONSTRAINT "datasources_tenant_id_credential_id_credentials_tenant_id_id_fk" FOREIGN KEY ("tenant_id","credential_id") REFERENCES "public"."credentials"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_tenant_id_workspace_id_workspaces_tenant_id_id_fk" FOREIGN KEY ("tenant_id","workspace_id") REFERENCES "public"."workspaces"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_tenant_id_collection_id_collections_tenant_id_id_fk" FOREIGN KEY ("tenant_id","collection_id") REFERENCES "public"."collections"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vector_indexes" ADD CONSTRAINT "vector_indexes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_active_tenant_id_tenants_id_fk" FOREIGN KEY ("active_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "artifact_versions_tenant_id_artifact_id_version_index" ON "artifact_versions" USING btree ("tenant_id","artifact_id","version");--> statement-breakpoint
CREATE INDEX "artifacts_tenant_id_conversation_id_index" ON "artifacts" USING btree ("tenant_id","conversation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_events_tenant_id_seq_index" ON "audit_events" USING btree ("tenant_id","seq");--> statement-breakpoint
CREATE INDEX "conversations_tenant_id_user_id_updated_at_index" ON "conversations" USING btree ("tenant_id","user_id","updated_at");--> statement-breakpoint
CREATE INDEX "memories_tenant_id_user_id_index" ON "memories" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE INDEX "messages_tenant_id_conversation_id_parent_id_index" ON "messages" USING btree ("tenant_id","conversation_id","parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "presets_tenant_id_name_index" ON "presets" USING btree ("tenant_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "run_events_tenant_id_conversation_id_seq_index" ON "run_events" USING btree ("tenant_id","conversation_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "business_units_tenant_id_name_index" ON "business_units" USING btree ("tenant_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "hiring_daily_tenant_id_business_unit_id_day_stage_index" ON "hiring_daily" USING btree ("tenant_id","business_unit_id","day","stage");--> statement-breakpoint
CREATE INDEX "incidents_tenant_id_opened_at_index" ON "incidents" USING btree ("tenant_id","opened_at");--> statement-breakpoint
CREATE UNIQUE INDEX "kpi_daily_tenant_id_project_id_day_index" ON "kpi_daily" USING btree ("tenant_id","project_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "pipeline_daily_tenant_id_business_unit_id_day_stage_index" ON "pipeline_daily" USING btree ("tenant_id","business_unit_id","day","stage");--> statement-breakpoint
CREATE UNIQUE INDEX "projects_tenant_id_name_index" ON "projects" USING btree ("tenant_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "credentials_tenant_id_name_index" ON "credentials" USING btree ("tenant_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "plugin_installs_tenant_id_plugin_id_index" ON "plugin_installs" USING btree ("tenant_id","plugin_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tools_tenant_id_name_index" ON "tools" USING btree ("tenant_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_secret_hash_index" ON "api_keys" USING btree ("secret_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "grants_tenant_id_subject_type_subject_id_resource_type_resource_id_index" ON "grants" USING btree ("tenant_id","subject_type","subject_id","resource_type","resource_id");--> statement-breakpoint
CREATE UNIQUE INDEX "group_members_tenant_id_group_id_user_id_index" ON "group_members" USING btree ("tenant_id","group_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "groups_tenant_id_name_index" ON "groups" USING btree ("tenant_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_tenant_id_user_id_index" ON "memberships" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE INDEX "memberships_user_id_index" ON "memberships" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "policies_tenant_id_key_index" ON "policies" USING btree ("tenant_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "themes_tenant_id_name_index" ON "themes" USING btree ("tenant_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "workspaces_tenant_id_slug_index" ON "workspaces" USING btree ("tenant_id","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "chunks_tenant_id_document_id_ordinal_index" ON "chunks" USING btree ("tenant_id","document_id","ordinal");--> statement-breakpoint
CREATE UNIQUE INDEX "collections_tenant_id_workspace_id_name_index" ON "collections" USING btree ("tenant_id","workspace_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "datasources_tenant_id_name_index" ON "datasources" USING btree ("tenant_id","name");--> statement-breakpoint
CREATE INDEX "documents_tenant_id_content_hash_index" ON "documents" USING btree ("tenant_id","content_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "vector_indexes_tenant_id_name_index" ON "vector_indexes" USING btree ("tenant_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_idx" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "artifact_versions" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "artifact_versions" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "artifacts" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "artifacts" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "dashboards" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "dashboards" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "widgets" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "widgets" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "audit_events" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "audit_events" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "approvals" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "approvals" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "conversations" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "conversations" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "memories" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "memories" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "messages" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "messages" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "presets" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "presets" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "run_events" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "run_events" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "runs" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "runs" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "tool_invocations" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "tool_invocations" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "business_units" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "business_units" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "hiring_daily" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "hiring_daily" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "incidents" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "incidents" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "kpi_daily" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "kpi_daily" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "milestones" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "milestones" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "pipeline_daily" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "pipeline_daily" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "projects" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "projects" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "credentials" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "credentials" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "plugin_installs" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "plugin_installs" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "tools" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "tools" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "api_keys" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "api_keys" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "grants" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "grants" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "group_members" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "group_members" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "groups" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "groups" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "memberships" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "memberships" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "policies" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "policies" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "themes" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "themes" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "workspaces" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "workspaces" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "chunks" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "chunks" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "collections" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "collections" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "datasources" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "datasources" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "documents" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "documents" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "vector_indexes" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "vector_indexes" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "platform_access" ON "plugins" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "catalogue_is_readable" ON "plugins" AS PERMISSIVE FOR SELECT TO "penny_app" USING (true);--> statement-breakpoint
CREATE POLICY "platform_access" ON "sessions" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "platform_access" ON "tenants" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_reads_itself" ON "tenants" AS PERMISSIVE FOR SELECT TO "penny_app" USING (id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "users" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "member_of_current_tenant" ON "users" AS PERMISSIVE FOR SELECT TO "penny_app" USING (EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id AND m.tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid));--> statement-breakpoint
ALTER TABLE "artifact_versions" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "artifacts" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "dashboards" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "widgets" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "audit_events" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "approvals" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "conversations" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "memories" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "messages" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "presets" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "run_events" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "runs" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "tool_invocations" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "business_units" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "hiring_daily" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "incidents" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "kpi_daily" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "milestones" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "pipeline_daily" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "projects" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "credentials" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "plugin_installs" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "tools" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "api_keys" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "grants" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "group_members" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "groups" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "memberships" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "policies" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "themes" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "workspaces" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "chunks" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "collections" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "datasources" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "documents" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "vector_indexes" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "plugins" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "sessions" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "tenants" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "users" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "artifact_versions" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "artifacts" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "dashboards" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "widgets" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "audit_events" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "approvals" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "conversations" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "memories" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "messages" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "presets" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "run_events" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "runs" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "tool_invocations" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "business_units" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "hiring_daily" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "incidents" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "kpi_daily" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "milestones" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "pipeline_daily" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "projects" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "credentials" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "plugin_installs" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "tools" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "api_keys" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "grants" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "group_members" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "groups" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "memberships" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "policies" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "themes" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "workspaces" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "chunks" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "collections" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "datasources" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "documents" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "vector_indexes" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "plugins" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "sessions" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "tenants" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "users" TO penny_app, penny_platform;
