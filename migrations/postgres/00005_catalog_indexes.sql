-- Catalog listings (GET /v1/content, store.ListContent) stay fast as the catalog grows
-- (measured in BENCHMARKS.md, "Catalog queries and creator uploads"):
--
-- - a title search (LOWER(title) LIKE '%…%') that few rows match read every row: a trigram
--   index on lower(title) (pg_trgm) serves it. The extension goes into schema public when the
--   database does not have it yet (into the current schema when public is closed to this role);
--   the index names the operator class in whichever schema holds it. fastupdate is off: rows
--   arrive one registration at a time and searches are many, and a pending list (rows not yet
--   merged into the index until a vacuum) is read in full by every search. Where the extension
--   cannot be created (not installed on the server, or the role may not create it) the
--   migration warns and goes on without this index rather than keep the gateway from starting.
-- - a creator or policy filter read every row of that creator or policy kind and sorted them:
--   indexes on the filter column followed by the listing order (newest registration first)
--   read only the page. They replace the single-column indexes, which are their prefixes.

-- +goose Up
-- +goose StatementBegin
DO $$
DECLARE
    trgm_schema text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        BEGIN
            CREATE EXTENSION pg_trgm SCHEMA public;
        EXCEPTION WHEN insufficient_privilege OR invalid_schema_name THEN
            BEGIN
                CREATE EXTENSION pg_trgm;
            EXCEPTION WHEN OTHERS THEN
                NULL; -- reported below
            END;
        WHEN OTHERS THEN
            NULL; -- reported below
        END;
    END IF;
    SELECT n.nspname INTO trgm_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm';
    IF trgm_schema IS NULL THEN
        RAISE WARNING 'extension pg_trgm could not be created (not installed on the server, or this role may not create it): catalog title searches will read every row; have an administrator run CREATE EXTENSION pg_trgm and CREATE INDEX content_items_title_trgm ON content_items USING gin (lower(title) gin_trgm_ops) WITH (fastupdate = off)';
        RETURN;
    END IF;
    EXECUTE format('CREATE INDEX content_items_title_trgm ON content_items USING gin (lower(title) %I.gin_trgm_ops) WITH (fastupdate = off)', trgm_schema);
END
$$;
-- +goose StatementEnd
CREATE INDEX content_items_creator_listing ON content_items (creator, registered_block DESC, registered_log_index DESC);
CREATE INDEX content_items_policy_listing ON content_items (policy_kind, registered_block DESC, registered_log_index DESC);
DROP INDEX content_items_creator;
DROP INDEX content_items_policy_kind;

-- +goose Down
CREATE INDEX content_items_creator ON content_items (creator);
CREATE INDEX content_items_policy_kind ON content_items (policy_kind);
DROP INDEX content_items_policy_listing;
DROP INDEX content_items_creator_listing;
-- The extension stays: other schemas of the database may use it.
DROP INDEX IF EXISTS content_items_title_trgm;
