-- The origin seeder follows policy changes by reading the catalog rows that changed since its
-- last look (store.ContentFilter.UpdatedSince).

-- +goose Up
CREATE INDEX content_items_updated_at ON content_items (updated_at);

-- +goose Down
DROP INDEX content_items_updated_at;
