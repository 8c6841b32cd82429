-- The gateway's initial schema (SQLite). The chain is the source of truth for ownership,
-- policy and entitlement; content_items is an index of it plus what only the gateway knows.
-- Addresses are stored as lowercase 0x-prefixed hex; token amounts and on-chain ids as decimal
-- text (uint256 does not fit a BIGINT); hashes as raw bytes.

-- +goose Up
CREATE TABLE auth_nonces (
    nonce      TEXT PRIMARY KEY,
    created_at DATETIME NOT NULL,
    expires_at DATETIME NOT NULL,
    used_at    DATETIME
);
CREATE INDEX auth_nonces_expires_at ON auth_nonces (expires_at);

CREATE TABLE sessions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    token_hash BLOB NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    address    TEXT NOT NULL,
    created_at DATETIME NOT NULL,
    expires_at DATETIME NOT NULL,
    revoked_at DATETIME
);
CREATE INDEX sessions_address ON sessions (address);
CREATE INDEX sessions_expires_at ON sessions (expires_at);

CREATE TABLE uploads (
    id             TEXT PRIMARY KEY,
    creator        TEXT NOT NULL,
    state          TEXT NOT NULL,
    filename       TEXT NOT NULL DEFAULT '',
    size           BIGINT NOT NULL CHECK (size >= 0),
    bytes_received BIGINT NOT NULL DEFAULT 0 CHECK (bytes_received >= 0),
    bytes_sealed   BIGINT NOT NULL DEFAULT 0 CHECK (bytes_sealed >= 0),
    error          TEXT NOT NULL DEFAULT '',
    content_hash   BLOB,
    created_at     DATETIME NOT NULL,
    updated_at     DATETIME NOT NULL,
    expires_at     DATETIME
);
CREATE INDEX uploads_creator ON uploads (creator, created_at);
CREATE INDEX uploads_state ON uploads (state);

CREATE TABLE content_items (
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
CREATE INDEX content_items_listing ON content_items (registered_block DESC, registered_log_index DESC);
CREATE INDEX content_items_creator ON content_items (creator);
CREATE INDEX content_items_owner ON content_items (owner);
CREATE INDEX content_items_policy_kind ON content_items (policy_kind);

CREATE TABLE content_keys (
    content_hash BLOB PRIMARY KEY CHECK (length(content_hash) = 32),
    key_version  INTEGER NOT NULL CHECK (key_version > 0),
    nonce        BLOB NOT NULL,
    ciphertext   BLOB NOT NULL,
    created_at   DATETIME NOT NULL,
    updated_at   DATETIME NOT NULL
);
CREATE INDEX content_keys_version ON content_keys (key_version);

CREATE TABLE seeders (
    address       TEXT PRIMARY KEY,
    endpoint      TEXT NOT NULL,
    price_per_gib TEXT NOT NULL DEFAULT '0',
    signature     BLOB NOT NULL,
    signed_at     DATETIME NOT NULL,
    expires_at    DATETIME NOT NULL,
    updated_at    DATETIME NOT NULL
);
CREATE INDEX seeders_expires_at ON seeders (expires_at);

CREATE TABLE seeder_items (
    address   TEXT NOT NULL REFERENCES seeders (address) ON DELETE CASCADE,
    info_hash BLOB NOT NULL CHECK (length(info_hash) = 20),
    PRIMARY KEY (address, info_hash)
);
CREATE INDEX seeder_items_info_hash ON seeder_items (info_hash);

CREATE TABLE indexer_cursors (
    name         TEXT PRIMARY KEY,
    block_number BIGINT NOT NULL CHECK (block_number >= 0),
    block_hash   BLOB NOT NULL,
    updated_at   DATETIME NOT NULL
);

CREATE TABLE counters (
    name  TEXT NOT NULL,
    day   TEXT NOT NULL,
    value BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (name, day)
);

CREATE TABLE key_issuance_audit (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    content_id TEXT NOT NULL,
    viewer     TEXT NOT NULL,
    issued_at  DATETIME NOT NULL
);
CREATE INDEX key_issuance_audit_issued_at ON key_issuance_audit (issued_at);

-- +goose Down
DROP TABLE key_issuance_audit;
DROP TABLE counters;
DROP TABLE indexer_cursors;
DROP TABLE seeder_items;
DROP TABLE seeders;
DROP TABLE content_keys;
DROP TABLE content_items;
DROP TABLE uploads;
DROP TABLE sessions;
DROP TABLE auth_nonces;
