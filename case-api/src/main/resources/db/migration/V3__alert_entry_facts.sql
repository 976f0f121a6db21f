-- What the prioritisation table needs to know of an alert's list entry: its sanctions programmes (DPRK cases go to
-- their own queue) and its type (vessel hits go to the vessels queue).
ALTER TABLE alert ADD COLUMN programmes VARCHAR(1000);
ALTER TABLE alert ADD COLUMN entry_type VARCHAR(20);
