-- The ledger keeps each event's data as the JSON text received (json) instead of jsonb's parsed form. A rebuild
-- reads every event back as text: jsonb prints each one anew, json hands it out as stored (about a third of the
-- time). The ledger is only appended to and read in order; nothing looks up a key inside the data on a hot path.
-- The upgrade rewrites the table once, holding it meanwhile.
ALTER TABLE received_event ALTER COLUMN data TYPE json USING data::json;
