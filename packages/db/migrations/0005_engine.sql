CREATE TABLE "artifact_shares" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"artifact_id" uuid NOT NULL,
	"version" integer,
	"scope" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_by" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "artifact_shares_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "artifact_shares" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "dashboard_layouts" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dashboard_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"layout" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dashboard_layouts_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "dashboard_layouts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "model_providers" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"base_url" text,
	"models" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"credential_id" uuid,
	"enabled" boolean DEFAULT true NOT NULL,
	"priority" integer DEFAULT 100 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "model_providers_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "model_providers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "model_response_cache" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"key" text NOT NULL,
	"model" text NOT NULL,
	"response" jsonb NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "model_response_cache_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "model_response_cache" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP INDEX "presets_tenant_id_name_index";--> statement-breakpoint
ALTER TABLE "dashboards" ADD COLUMN "slug" text;--> statement-breakpoint
ALTER TABLE "approvals" ADD COLUMN "expires_at" timestamp with time zone NOT NULL;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "memory_enabled" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "runs" ADD COLUMN "answer_id" uuid;--> statement-breakpoint
ALTER TABLE "runs" ADD COLUMN "options" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "tool_invocations" ADD COLUMN "arguments_hash" text;--> statement-breakpoint
ALTER TABLE "tool_invocations" ADD COLUMN "result_hash" text;--> statement-breakpoint
ALTER TABLE "artifact_shares" ADD CONSTRAINT "artifact_shares_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "artifact_shares" ADD CONSTRAINT "artifact_shares_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "artifact_shares" ADD CONSTRAINT "artifact_shares_tenant_id_artifact_id_artifacts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","artifact_id") REFERENCES "public"."artifacts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dashboard_layouts" ADD CONSTRAINT "dashboard_layouts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dashboard_layouts" ADD CONSTRAINT "dashboard_layouts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dashboard_layouts" ADD CONSTRAINT "dashboard_layouts_tenant_id_dashboard_id_dashboards_tenant_id_id_fk" FOREIGN KEY ("tenant_id","dashboard_id") REFERENCES "public"."dashboards"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_providers" ADD CONSTRAINT "model_providers_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_response_cache" ADD CONSTRAINT "model_response_cache_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "artifact_shares_token_hash_index" ON "artifact_shares" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "dashboard_layouts_tenant_id_dashboard_id_user_id_index" ON "dashboard_layouts" USING btree ("tenant_id","dashboard_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "model_providers_tenant_id_name_index" ON "model_providers" USING btree ("tenant_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "model_response_cache_tenant_id_key_index" ON "model_response_cache" USING btree ("tenant_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "dashboards_tenant_id_slug_index" ON "dashboards" USING btree ("tenant_id","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "approvals_tenant_id_tool_invocation_id_index" ON "approvals" USING btree ("tenant_id","tool_invocation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "presets_tenant_id_owner_id_name_index" ON "presets" USING btree ("tenant_id","owner_id","name");--> statement-breakpoint
CREATE INDEX "runs_tenant_id_conversation_id_status_index" ON "runs" USING btree ("tenant_id","conversation_id","status");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "artifact_shares" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "artifact_shares" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "dashboard_layouts" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "dashboard_layouts" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "model_providers" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "model_providers" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "model_response_cache" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "model_response_cache" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "artifact_shares" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "dashboard_layouts" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "model_providers" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "model_response_cache" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "artifact_shares" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "dashboard_layouts" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "model_providers" TO penny_app, penny_platform;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "model_response_cache" TO penny_app, penny_platform;
