-- Penny's two database roles. Neither owns a table, so forced row-level security applies to both:
--   penny_app       every tenant query (SET LOCAL ROLE inside withTenant); sees only its tenant's rows
--   penny_platform  the explicit cross-tenant path (creating tenants, sign-in look-ups, migrations' data steps)
-- Roles are cluster-wide on PostgreSQL, so creation tolerates a concurrent or earlier creation.
DO $$
BEGIN
  BEGIN
    CREATE ROLE penny_app NOLOGIN NOINHERIT;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
  END;
  BEGIN
    CREATE ROLE penny_platform NOLOGIN NOINHERIT;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
  END;
  IF NOT pg_has_role(current_user, 'penny_app', 'MEMBER') THEN
    EXECUTE format('GRANT penny_app TO %I', current_user);
  END IF;
  IF NOT pg_has_role(current_user, 'penny_platform', 'MEMBER') THEN
    EXECUTE format('GRANT penny_platform TO %I', current_user);
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO penny_app, penny_platform;
