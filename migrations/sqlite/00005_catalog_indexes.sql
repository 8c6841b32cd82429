-- Catalog listings (GET /v1/content, store.ListContent) stay fast as the catalog grows
-- (measured in BENCHMARKS.md, "Catalog queries and creator uploads"): a creator or policy
-- filter read every row of that creator or policy kind and sorted them; indexes on the filter
-- column followed by the listing order (newest registration first) read only the page. They
-- replace the single-column indexes, which are their prefixes. (A title search that few rows
-- match still reads every title on SQLite: LIKE '%…%' cannot use a B-tree.)

-- +goose Up
CREATE INDEX content_items_creator_listing ON content_items (creator, registered_block DESC, registered_log_index DESC);
CREATE INDEX content_items_policy_listing ON content_items (policy_kind, registered_block DESC, registered_log_index DESC);
DROP INDEX content_items_creator;
DROP INDEX content_items_policy_kind;

-- +goose Down
CREATE INDEX content_items_creator ON content_items (creator);
CREATE INDEX content_items_policy_kind ON content_items (policy_kind);
DROP INDEX content_items_policy_listing;
DROP INDEX content_items_creator_listing;
