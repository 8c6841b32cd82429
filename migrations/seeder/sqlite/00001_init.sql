-- The seeder node's own database: the newest receipt of every (viewer, seeder) pair, the bytes
-- it served per item, and the state of on-chain settlement. Amounts are wei as decimal text
-- (uint256 does not fit an SQLite integer); addresses are 0x-prefixed checksummed hex.

-- +goose Up
CREATE TABLE pairs (
    viewer          TEXT    NOT NULL,
    seeder          TEXT    NOT NULL,
    bytes           INTEGER NOT NULL,            -- cumulative bytes of the newest receipt
    amount          TEXT    NOT NULL,            -- cumulative wei of the newest receipt
    signature       BLOB    NOT NULL,            -- 65 bytes r||s||v
    grant_key       TEXT,                        -- session key; NULL when the wallet signed
    grant_limit     TEXT,
    grant_expiry    INTEGER,
    grant_signature BLOB,
    receipts        INTEGER NOT NULL DEFAULT 0,  -- receipts accepted for the pair
    first_at        TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL,
    paid            TEXT    NOT NULL DEFAULT '0', -- paid[viewer][seeder] on chain, as last read or redeemed
    paid_checked_at TIMESTAMP,
    last_skip       TEXT,                        -- why the escrow skipped the last redeem, if it did
    last_skip_at    TIMESTAMP,
    PRIMARY KEY (viewer, seeder)
);

CREATE TABLE item_bytes (
    viewer    TEXT    NOT NULL,
    seeder    TEXT    NOT NULL,
    info_hash TEXT    NOT NULL,   -- 40 hex digits
    bytes     INTEGER NOT NULL,   -- served to the viewer by this seeder's meter, cumulative
    PRIMARY KEY (viewer, seeder, info_hash)
);

CREATE TABLE batches (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    seeder     TEXT      NOT NULL,
    state      TEXT      NOT NULL,   -- prepared, sent, mined, failed, abandoned
    tx_hash    TEXT,                 -- recorded when the transaction is signed, before it is sent
    nonce      INTEGER,
    raw_tx     BLOB,                 -- the signed transaction, to send again after a crash
    created_at TIMESTAMP NOT NULL,
    sent_at    TIMESTAMP,
    mined_at   TIMESTAMP,
    block      INTEGER,
    gas_used   INTEGER NOT NULL DEFAULT 0,
    gas_cost   TEXT    NOT NULL DEFAULT '0', -- wei: gas used x effective gas price
    total      TEXT    NOT NULL DEFAULT '0', -- wei paid by the escrow in this batch
    error      TEXT
);
CREATE INDEX batches_state ON batches (state);

CREATE TABLE batch_entries (
    batch_id    INTEGER NOT NULL REFERENCES batches (id),
    viewer      TEXT    NOT NULL,
    bytes       INTEGER NOT NULL,
    amount      TEXT    NOT NULL,   -- the receipt's cumulative amount
    paid_before TEXT    NOT NULL,   -- paid on chain when the batch was built
    outcome     TEXT    NOT NULL,   -- pending, redeemed, skipped, failed
    payment     TEXT    NOT NULL DEFAULT '0',
    paid_total  TEXT,
    skip_reason TEXT,
    PRIMARY KEY (batch_id, viewer)
);
CREATE INDEX batch_entries_viewer ON batch_entries (viewer);

-- +goose Down
DROP TABLE batch_entries;
DROP TABLE batches;
DROP TABLE item_bytes;
DROP TABLE pairs;
