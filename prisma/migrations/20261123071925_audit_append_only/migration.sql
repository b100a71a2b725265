-- Hand-written: the audit trail is append-only, whatever code writes to the database.
-- Rows are only ever inserted. Changing or deleting one is refused, except while its organisation
-- is being deleted: that cascade removes the organisation's audit events (and removing its people
-- on the way sets their events' actor to null), and by then the organisation's row is gone.
-- Deleting a person directly is therefore refused once they appear in the trail: people are
-- deactivated, not deleted.
CREATE FUNCTION "audit_event_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "Organisation" WHERE "id" = OLD."organisationId") THEN
    IF TG_OP = 'DELETE' THEN
      RETURN OLD;
    END IF;
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AuditEvent % cannot be %: the audit trail is append-only', OLD."id", CASE TG_OP WHEN 'DELETE' THEN 'deleted' ELSE 'changed' END
    USING ERRCODE = 'check_violation';
END;
$$;

CREATE FUNCTION "audit_event_guard_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent cannot be truncated: the audit trail is append-only'
    USING ERRCODE = 'check_violation';
END;
$$;

CREATE TRIGGER "AuditEvent_guard_update"
  BEFORE UPDATE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_guard"();

CREATE TRIGGER "AuditEvent_guard_delete"
  BEFORE DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_guard"();

CREATE TRIGGER "AuditEvent_guard_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_guard_truncate"();
