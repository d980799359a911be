CREATE TABLE "sandbox_usage" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"day" date NOT NULL,
	"used_ms" bigint DEFAULT 0 NOT NULL,
	"jobs" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "sandbox_usage_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "sandbox_usage" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "sandbox_usage" ADD CONSTRAINT "sandbox_usage_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sandbox_usage_tenant_id_day_index" ON "sandbox_usage" USING btree ("tenant_id","day");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "sandbox_usage" AS PERMISSIVE FOR ALL TO "penny_app" USING (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = NULLIF(current_setting('penny.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "platform_access" ON "sandbox_usage" AS PERMISSIVE FOR ALL TO "penny_platform" USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "sandbox_usage" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "sandbox_usage" TO penny_app, penny_platform;
