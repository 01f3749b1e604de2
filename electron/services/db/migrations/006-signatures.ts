/**
 * Version 6: sign-offs carry an Ed25519 signature and the signer's public key (both hex; NULL for sign-offs
 * made before signatures, which stay valid as "unsigned (legacy fingerprint)"), and the office keeps the public
 * keys it trusts — its units' keys, confirmed by the clerk from a first file or imported — with the name of
 * whose key it is. A sign-off record stays append-only (the triggers of version 2 refuse any UPDATE).
 */
import type { Migration } from './migration.js';

export const signaturesMigration: Migration = {
  version: 6,
  name: '数字签名与信任的密钥',
  up: `
    ALTER TABLE signoffs ADD COLUMN signature TEXT CHECK (signature IS NULL OR (length(signature) = 128 AND signature NOT GLOB '*[^0-9a-f]*'));
    ALTER TABLE signoffs ADD COLUMN public_key TEXT CHECK (public_key IS NULL OR (length(public_key) = 64 AND public_key NOT GLOB '*[^0-9a-f]*'));

    CREATE TABLE trusted_keys (
      public_key TEXT PRIMARY KEY CHECK (length(public_key) = 64 AND public_key NOT GLOB '*[^0-9a-f]*'),
      name       TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
      source     TEXT NOT NULL CHECK (source IN ('file', 'imported')),
      added_by   TEXT NOT NULL,
      added_at   TEXT NOT NULL
    ) STRICT;
  `,
};
