-- Events written before V7 were chained as they were recorded: their id is their chain position. Their ids were
-- given explicitly, so the identity column must continue after the highest.
UPDATE audit_event SET chain_position = id;
ALTER TABLE audit_event ALTER COLUMN id RESTART WITH (SELECT COALESCE(MAX(id), 0) + 1 FROM audit_event);
ALTER TABLE audit_event ADD CONSTRAINT audit_event_position_unique UNIQUE (chain_position);
