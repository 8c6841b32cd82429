-- Which gateway holds an upload's files (the id kept in its upload directory), so that a
-- gateway restarting next to others resumes or fails only its own unfinished uploads. NULL for
-- uploads recorded before this column: any gateway may take those, as before.

-- +goose Up
ALTER TABLE uploads ADD COLUMN gateway_id TEXT;
CREATE INDEX uploads_gateway_state ON uploads (gateway_id, state);

-- +goose Down
DROP INDEX uploads_gateway_state;
ALTER TABLE uploads DROP COLUMN gateway_id;
