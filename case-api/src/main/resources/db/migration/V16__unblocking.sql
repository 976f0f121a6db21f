-- Unblocking: property released by licence or order, or transferred, leaves the register's active entries but not
-- the register; its own report to OFAC is due 10 business days later.
ALTER TABLE blocked_property ADD COLUMN unblocked_on DATE;
ALTER TABLE blocked_property ADD COLUMN unblocking_basis VARCHAR(20);
ALTER TABLE blocked_property ADD COLUMN unblocking_reference VARCHAR(200);
ALTER TABLE blocked_property ADD COLUMN unblocked_by VARCHAR(255);
