-- Uploads carry the item's metadata (title, description, MIME type, poster) and its access
-- policy, declared before any byte is sealed; the content row copies them when it is sealed.
--
-- content_items loses its uniqueness per content hash and info hash: the registry registers a
-- content hash once per creator (issue #11 item 7), so a squatter's copy of an upload's hashes
-- is a second, separate catalog row that is never linked to the upload or its key. What stays
-- unique is the row sealed from an upload (upload_id set) per content hash, and the on-chain
-- id. SQLite cannot drop a column constraint, so the table is rebuilt.

-- +goose Up
ALTER TABLE uploads ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE uploads ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE uploads ADD COLUMN mime_type TEXT NOT NULL DEFAULT '';
ALTER TABLE uploads ADD COLUMN policy TEXT NOT NULL DEFAULT '';

CREATE TABLE upload_posters (
    upload_id  TEXT PRIMARY KEY REFERENCES uploads (id) ON DELETE CASCADE,
    mime_type  TEXT NOT NULL,
    sha256     BLOB NOT NULL CHECK (length(sha256) = 32),
    data       BLOB NOT NULL,
    updated_at DATETIME NOT NULL
);

CREATE TABLE content_items_new (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    content_id           TEXT UNIQUE,
    content_hash         BLOB NOT NULL CHECK (length(content_hash) = 32),
    info_hash            BLOB NOT NULL CHECK (length(info_hash) = 20),
    key_commitment       BLOB NOT NULL CHECK (length(key_commitment) = 32),
    metadata_uri         TEXT NOT NULL DEFAULT '',
    title                TEXT NOT NULL DEFAULT '',
    description          TEXT NOT NULL DEFAULT '',
    creator              TEXT NOT NULL,
    owner                TEXT NOT NULL,
    policy_kind          TEXT NOT NULL,
    price                TEXT NOT NULL DEFAULT '0',
    currency             TEXT NOT NULL DEFAULT '',
    duration_seconds     BIGINT NOT NULL DEFAULT 0,
    subscribable         BOOLEAN NOT NULL DEFAULT 0,
    gate_token           TEXT NOT NULL DEFAULT '',
    gate_standard        TEXT NOT NULL DEFAULT '',
    gate_token_id        TEXT NOT NULL DEFAULT '',
    gate_min_balance     TEXT NOT NULL DEFAULT '0',
    plaintext_size       BIGINT NOT NULL DEFAULT 0,
    ciphertext_size      BIGINT NOT NULL DEFAULT 0,
    piece_length         BIGINT NOT NULL DEFAULT 0,
    torrent              BLOB,
    upload_id            TEXT REFERENCES uploads (id) ON DELETE SET NULL,
    registered_block     BIGINT,
    registered_log_index BIGINT,
    registered_tx        BLOB,
    created_at           DATETIME NOT NULL,
    updated_at           DATETIME NOT NULL,
    mime_type            TEXT NOT NULL DEFAULT '',
    royalty_bps          INTEGER NOT NULL DEFAULT 0,
    payees               TEXT NOT NULL DEFAULT '',
    poster_type          TEXT NOT NULL DEFAULT ''
);
INSERT INTO content_items_new (id, content_id, content_hash, info_hash, key_commitment, metadata_uri, title, description,
    creator, owner, policy_kind, price, currency, duration_seconds, subscribable, gate_token, gate_standard, gate_token_id,
    gate_min_balance, plaintext_size, ciphertext_size, piece_length, torrent, upload_id, registered_block,
    registered_log_index, registered_tx, created_at, updated_at)
SELECT id, content_id, content_hash, info_hash, key_commitment, metadata_uri, title, description,
    creator, owner, policy_kind, price, currency, duration_seconds, subscribable, gate_token, gate_standard, gate_token_id,
    gate_min_balance, plaintext_size, ciphertext_size, piece_length, torrent, upload_id, registered_block,
    registered_log_index, registered_tx, created_at, updated_at
FROM content_items;
DROP TABLE content_items;
ALTER TABLE content_items_new RENAME TO content_items;
CREATE INDEX content_items_listing ON content_items (registered_block DESC, registered_log_index DESC);
CREATE INDEX content_items_creator ON content_items (creator);
CREATE INDEX content_items_owner ON content_items (owner);
CREATE INDEX content_items_policy_kind ON content_items (policy_kind);
CREATE INDEX content_items_updated_at ON content_items (updated_at);
CREATE INDEX content_items_content_hash ON content_items (content_hash);
CREATE INDEX content_items_info_hash ON content_items (info_hash);
CREATE INDEX content_items_upload ON content_items (upload_id);
CREATE UNIQUE INDEX content_items_sealed_hash ON content_items (content_hash) WHERE upload_id IS NOT NULL;
CREATE UNIQUE INDEX content_items_creator_hash ON content_items (creator, content_hash);

CREATE TABLE content_purchases (
    tx_hash    BLOB NOT NULL CHECK (length(tx_hash) = 32),
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
CREATE TABLE content_items_old (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    content_id           TEXT UNIQUE,
    content_hash         BLOB NOT NULL UNIQUE CHECK (length(content_hash) = 32),
    info_hash            BLOB NOT NULL UNIQUE CHECK (length(info_hash) = 20),
    key_commitment       BLOB NOT NULL CHECK (length(key_commitment) = 32),
    metadata_uri         TEXT NOT NULL DEFAULT '',
    title                TEXT NOT NULL DEFAULT '',
    description          TEXT NOT NULL DEFAULT '',
    creator              TEXT NOT NULL,
    owner                TEXT NOT NULL,
    policy_kind          TEXT NOT NULL,
    price                TEXT NOT NULL DEFAULT '0',
    currency             TEXT NOT NULL DEFAULT '',
    duration_seconds     BIGINT NOT NULL DEFAULT 0,
    subscribable         BOOLEAN NOT NULL DEFAULT 0,
    gate_token           TEXT NOT NULL DEFAULT '',
    gate_standard        TEXT NOT NULL DEFAULT '',
    gate_token_id        TEXT NOT NULL DEFAULT '',
    gate_min_balance     TEXT NOT NULL DEFAULT '0',
    plaintext_size       BIGINT NOT NULL DEFAULT 0,
    ciphertext_size      BIGINT NOT NULL DEFAULT 0,
    piece_length         BIGINT NOT NULL DEFAULT 0,
    torrent              BLOB,
    upload_id            TEXT REFERENCES uploads (id) ON DELETE SET NULL,
    registered_block     BIGINT,
    registered_log_index BIGINT,
    registered_tx        BLOB,
    created_at           DATETIME NOT NULL,
    updated_at           DATETIME NOT NULL
);
-- Rows that only the new rules allow (a second row per content hash) are dropped: the oldest
-- row of each hash stays.
INSERT INTO content_items_old SELECT id, content_id, content_hash, info_hash, key_commitment, metadata_uri, title, description,
    creator, owner, policy_kind, price, currency, duration_seconds, subscribable, gate_token, gate_standard, gate_token_id,
    gate_min_balance, plaintext_size, ciphertext_size, piece_length, torrent, upload_id, registered_block,
    registered_log_index, registered_tx, created_at, updated_at
FROM content_items c WHERE c.id = (SELECT MIN(id) FROM content_items d WHERE d.content_hash = c.content_hash OR d.info_hash = c.info_hash);
DROP TABLE content_items;
ALTER TABLE content_items_old RENAME TO content_items;
CREATE INDEX content_items_listing ON content_items (registered_block DESC, registered_log_index DESC);
CREATE INDEX content_items_creator ON content_items (creator);
CREATE INDEX content_items_owner ON content_items (owner);
CREATE INDEX content_items_policy_kind ON content_items (policy_kind);
CREATE INDEX content_items_updated_at ON content_items (updated_at);
DROP TABLE upload_posters;
ALTER TABLE uploads DROP COLUMN policy;
ALTER TABLE uploads DROP COLUMN mime_type;
ALTER TABLE uploads DROP COLUMN description;
ALTER TABLE uploads DROP COLUMN title;
