-- Requests no longer chain their audit events themselves (that serialised every state change in the product on one
-- row lock). A request now records its event unsealed: content only. One writer, the audit chainer, seals recorded
-- events in order: it gives each its chain position, the previous event's hash and its own hash. The id is the
-- recording order; chain_position is the order of the chain. Both databases: V8 backfills per vendor.
ALTER TABLE audit_event ADD COLUMN chain_position BIGINT;
ALTER TABLE audit_event ALTER COLUMN hash DROP NOT NULL;
