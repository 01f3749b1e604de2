/**
 * Version 9: sign-offs carry an Ed25519 signature and the signer's public key (both hex; NULL for sign-offs
 * made before signatures, which stay valid as "unsigned (legacy fingerprint)"), and the office keeps the public
 * keys it trusts — its units' keys, confirmed by the clerk from a first file or imported — with the name of
 * whose key it is. A sign-off record stays append-only (the triggers of version 2 refuse any UPDATE).
 * Agency names are kept as the program normalises them (shared/agencyName.ts): the database refuses a new or
 * renamed agency with padding, control characters or zero-width characters, so no other program can add a
 * look-alike either (the length was limited to 100 since version 1).
 */
import type { Migration } from './migration.js';

/** Text of the refusal below: a name the program would never write. */
export const AGENCY_NAME_MARK = 'NIANBAO_AGENCY_NAME';

/** Characters no agency name holds: controls, zero-width and invisible formatting characters. */
const FORBIDDEN = [
  ...Array.from({ length: 31 }, (_, i) => i + 1),
  127, 173, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0xfeff,
];
const forbiddenClass = `'*[' || char(${FORBIDDEN.join(', ')}) || ']*'`;
const badName = (column: string) =>
  `${column} <> trim(${column}, ' ' || char(9, 10, 13, 12288)) OR ${column} GLOB ${forbiddenClass} OR instr(CAST(${column} AS BLOB), x'00') > 0`;

export const signaturesMigration: Migration = {
  version: 9,
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

    CREATE TRIGGER agencies_name_clean_insert BEFORE INSERT ON agencies
    WHEN ${badName('NEW.name')}
    BEGIN SELECT RAISE(ABORT, '${AGENCY_NAME_MARK}: 机关名称含有首尾空白、控制字符或不可见字符'); END;

    CREATE TRIGGER agencies_name_clean_update BEFORE UPDATE OF name ON agencies
    WHEN ${badName('NEW.name')}
    BEGIN SELECT RAISE(ABORT, '${AGENCY_NAME_MARK}: 机关名称含有首尾空白、控制字符或不可见字符'); END;
  `,
};
