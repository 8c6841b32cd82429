-- Uploads carry the item's metadata (title, description, MIME type, poster) and its access
-- policy, declared before any byte is sealed; the content row copies them when it is sealed.
--
-- content_items loses its uniqueness per content hash and info hash: the registry registers a
-- content hash once per creator (issue #11 item 7), so a squatter's copy of an upload's hashes
-- is a second, separate catalog row that is never linked to the upload or its key. What stays
-- unique is the row sealed from an upload (upload_id set) per content hash, one row per
-- (creator, content hash), and the on-chain id.

-- +goose Up
ALTER TABLE uploads ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE uploads ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE uploads ADD COLUMN mime_type TEXT NOT NULL DEFAULT '';
ALTER TABLE uploads ADD COLUMN policy TEXT NOT NULL DEFAULT '';

CREATE TABLE upload_posters (
    upload_id  TEXT PRIMARY KEY REFERENCES uploads (id) ON DELETE CASCADE,
    mime_type  TEXT NOT NULL,
    sha256     BYTEA NOT NULL CHECK (length(sha256) = 32),
    data       BYTEA NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

ALTER TABLE content_items DROP CONSTRAINT content_items_content_hash_key;
ALTER TABLE content_items DROP CONSTRAINT content_items_info_hash_key;
ALTER TABLE content_items ADD COLUMN mime_type TEXT NOT NULL DEFAULT '';
ALTER TABLE content_items ADD COLUMN royalty_bps INTEGER NOT NULL DEFAULT 0;
ALTER TABLE content_items ADD COLUMN payees TEXT NOT NULL DEFAULT '';
ALTER TABLE content_items ADD COLUMN poster_type TEXT NOT NULL DEFAULT '';
CREATE INDEX content_items_content_hash ON content_items (content_hash);
CREATE INDEX content_items_info_hash ON content_items (info_hash);
CREATE INDEX content_items_upload ON content_items (upload_id);
CREATE UNIQUE INDEX content_items_sealed_hash ON content_items (content_hash) WHERE upload_id IS NOT NULL;
CREATE UNIQUE INDEX content_items_creator_hash ON content_items (creator, content_hash);

CREATE TABLE content_purchases (
    tx_hash    BYTEA NOT NULL CHECK (length(tx_hash) = 32),
    log_index  BIGINT NOT NULL,
    content_id TEXT NOT NULL,
    block      BIGINT NOT NULL,
    buyer      TEXT NOT NULL,
    recipient  TEXT NOT NULL,
    amount     TEXT NOT NULL,
    currency   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (tx_hash, log_index)
);
CREATE INDEX content_purchases_content ON content_purchases (content_id);

-- +goose Down
DROP TABLE content_purchases;
DROP INDEX content_items_creator_hash;
DROP INDEX content_items_sealed_hash;
DROP INDEX content_items_upload;
DROP INDEX content_items_info_hash;
DROP INDEX content_items_content_hash;
-- Rows that only the new rules allow (a second row per content hash) are dropped: the oldest
-- row of each hash stays.
DELETE FROM content_items c WHERE EXISTS (SELECT 1 FROM content_items d WHERE d.id < c.id AND (d.content_hash = c.content_hash OR d.info_hash = c.info_hash));
ALTER TABLE content_items DROP COLUMN poster_type;
ALTER TABLE content_items DROP COLUMN payees;
ALTER TABLE content_items DROP COLUMN royalty_bps;
ALTER TABLE content_items DROP COLUMN mime_type;
ALTER TABLE content_items ADD CONSTRAINT content_items_content_hash_key UNIQUE (content_hash);
ALTER TABLE content_items ADD CONSTRAINT content_items_info_hash_key UNIQUE (info_hash);
DROP TABLE upload_posters;
ALTER TABLE uploads DROP COLUMN policy;
ALTER TABLE uploads DROP COLUMN mime_type;
ALTER TABLE uploads DROP COLUMN description;
ALTER TABLE uploads DROP COLUMN title;
