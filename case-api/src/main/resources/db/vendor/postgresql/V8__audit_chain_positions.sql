-- Events written before V7 were chained as they were recorded: their id is their chain position. Their ids were
-- given explicitly, so the identity column must continue after the highest.
ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only;
UPDATE audit_event SET chain_position = id;
ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only;
SELECT setval(pg_get_serial_sequence('audit_event', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM audit_event;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_position_unique UNIQUE (chain_position);

-- The chainer's work list: the few events not sealed yet, never a scan of the trail.
CREATE INDEX audit_event_unsealed_idx ON audit_event (id) WHERE hash IS NULL;

-- Still append-only: no event is ever deleted and its content never changes. The one update allowed is the seal,
-- once: an unsealed event receives its chain position and hashes, and nothing else of it changes.
CREATE OR REPLACE FUNCTION audit_event_refuse_change() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF OLD.hash IS NULL AND NEW.hash IS NOT NULL AND NEW.chain_position IS NOT NULL
            AND (NEW.id, NEW.occurred_at, NEW.actor, NEW.action, NEW.subject_type, NEW.subject_id, NEW.detail,
                 NEW.before_state, NEW.after_state)
                IS NOT DISTINCT FROM
                (OLD.id, OLD.occurred_at, OLD.actor, OLD.action, OLD.subject_type, OLD.subject_id, OLD.detail,
                 OLD.before_state, OLD.after_state) THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit_event is append-only: % of event % refused', TG_OP, COALESCE(OLD.id::text, '(all)')
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
