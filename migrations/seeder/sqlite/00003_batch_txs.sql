-- Every transaction signed for a settlement batch. A redeem transaction that stays unmined (its
-- fee cap below a rising base fee) is replaced by one with the same nonce and a higher fee; any
-- of them may be the one mined, so reconciliation looks for the receipt of each. The batches
-- row keeps the newest (tx_hash, nonce, raw_tx).

-- +goose Up
CREATE TABLE batch_txs (
    batch_id INTEGER   NOT NULL REFERENCES batches (id),
    tx_hash  TEXT      NOT NULL,
    nonce    INTEGER   NOT NULL,
    raw_tx   BLOB      NOT NULL,   -- the signed transaction
    sent_at  TIMESTAMP NOT NULL,   -- when it was signed, just before it was sent
    PRIMARY KEY (batch_id, tx_hash)
);

INSERT INTO batch_txs (batch_id, tx_hash, nonce, raw_tx, sent_at)
SELECT id, tx_hash, nonce, raw_tx, COALESCE(sent_at, created_at)
FROM batches WHERE tx_hash IS NOT NULL AND nonce IS NOT NULL AND raw_tx IS NOT NULL;

-- +goose Down
DROP TABLE batch_txs;
