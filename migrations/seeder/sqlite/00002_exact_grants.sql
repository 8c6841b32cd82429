-- Session grants move to a table of their own, one row per (viewer, session key): the newest
-- grant the node has seen for that key. A grant with a higher nonce replaces the stored one; an
-- older grant (a lower nonce, or the same nonce with other terms) never does. Every signed value
-- is kept exactly as signed, as decimal text: the limit (uint256), the expiry and the nonce
-- (uint64). The old grant_expiry INTEGER column could not hold an expiry above 2^63-1 (SQLite
-- turns a larger integer into a lossy REAL), so the store clamped it, and the escrow then saw a
-- grant the viewer never signed. Rows written before this migration keep what they stored, and
-- nonce 0 (grants signed before nonces existed).

-- +goose Up
CREATE TABLE grants (
    viewer      TEXT      NOT NULL,
    session_key TEXT      NOT NULL,
    grant_limit TEXT      NOT NULL,   -- uint256, decimal
    expiry      TEXT      NOT NULL,   -- uint64 unix seconds, decimal
    nonce       TEXT      NOT NULL,   -- uint64, decimal
    signature   BLOB      NOT NULL,   -- the viewer wallet's signature, 65 bytes r||s||v
    recorded_at TIMESTAMP NOT NULL,
    PRIMARY KEY (viewer, session_key)
);

-- The newest pair row's grant of each key is kept (the first row inserted wins).
INSERT OR IGNORE INTO grants (viewer, session_key, grant_limit, expiry, nonce, signature, recorded_at)
SELECT viewer, grant_key, COALESCE(grant_limit, '0'), CAST(COALESCE(grant_expiry, 0) AS TEXT), '0',
       COALESCE(grant_signature, x''), updated_at
FROM pairs WHERE grant_key IS NOT NULL ORDER BY updated_at DESC;

ALTER TABLE pairs DROP COLUMN grant_limit;
ALTER TABLE pairs DROP COLUMN grant_expiry;
ALTER TABLE pairs DROP COLUMN grant_signature;

-- +goose Down
ALTER TABLE pairs ADD COLUMN grant_limit TEXT;
ALTER TABLE pairs ADD COLUMN grant_expiry INTEGER;
ALTER TABLE pairs ADD COLUMN grant_signature BLOB;
UPDATE pairs SET
    grant_limit     = (SELECT g.grant_limit FROM grants g WHERE g.viewer = pairs.viewer AND g.session_key = pairs.grant_key),
    grant_expiry    = (SELECT MIN(CAST(g.expiry AS INTEGER), 4611686018427387904) FROM grants g WHERE g.viewer = pairs.viewer AND g.session_key = pairs.grant_key),
    grant_signature = (SELECT g.signature FROM grants g WHERE g.viewer = pairs.viewer AND g.session_key = pairs.grant_key)
WHERE grant_key IS NOT NULL;
DROP TABLE grants;
