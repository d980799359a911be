-- The audit log is append-only for the platform role too: it may add and read events, never change or remove them.
-- Deleting a tenant still removes its events (the foreign key's cascade runs as the table owner).
REVOKE UPDATE, DELETE ON TABLE "audit_events" FROM penny_platform;
