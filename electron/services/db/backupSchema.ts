/**
 * A backup file may come from another machine (a USB stick, a colleague): it is a hostile file until shown to be
 * ours. Its schema — every table, index, trigger and view in sqlite_schema — must be exactly what our migrations
 * make at its schema version: an extra trigger or view would run its SQL inside our program once the file is
 * restored (a trigger can rewrite signed reports or the audit log on every save), a missing guard would let the
 * records be changed in ways our triggers refuse. Compared object by object (type, name, table, SQL with its
 * whitespace collapsed), against the schema the migrations build in memory.
 */
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations/index.js';

interface SchemaObject {
  readonly type: string;
  readonly name: string;
  readonly tbl_name: string;
  readonly sql: string | null;
}

/** SQLite's own bookkeeping: the AUTOINCREMENT counters and the planner's statistics hold no SQL of their own. */
const isInternal = (name: string): boolean => name === 'sqlite_sequence' || /^sqlite_stat\d$/.test(name) || name.startsWith('sqlite_autoindex_');

const shape = (o: SchemaObject): string => `${o.type}\u0000${o.name}\u0000${o.tbl_name}\u0000${(o.sql ?? '').replace(/\s+/g, ' ').trim()}`;

function objects(db: Database.Database): Map<string, SchemaObject> {
  const rows = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all() as SchemaObject[];
  return new Map(rows.filter((o) => !isInternal(o.name)).map((o) => [o.name, o]));
}

const expectedByVersion = new Map<number, Map<string, SchemaObject>>();

/** The schema our migrations make at `version` (built once per version, in memory). */
function expectedSchema(version: number): Map<string, SchemaObject> {
  let expected = expectedByVersion.get(version);
  if (!expected) {
    const db = new Database(':memory:');
    try {
      for (const migration of MIGRATIONS.slice(0, version)) db.exec(migration.up);
      expected = objects(db);
    } finally {
      db.close();
    }
    expectedByVersion.set(version, expected);
  }
  return expected;
}

const KIND: Record<string, string> = { table: '表', index: '索引', trigger: '触发器', view: '视图' };

/**
 * Why the schema of `db` (at `version`, 1…latest) is not ours, or null when it is exactly ours. `subject` names
 * the file in the sentence: a backup, or the records file itself (checked at every open, database.ts).
 */
export function foreignSchemaProblem(db: Database.Database, version: number, subject = '该备份'): string | null {
  const expected = expectedSchema(version);
  const found = objects(db);
  for (const [name, object] of found) {
    const ours = expected.get(name);
    if (!ours) return `${subject}含有年报程序不会建立的${KIND[object.type] ?? '对象'}“${name.slice(0, 60)}”（可能被其他程序改动过）`;
    if (shape(ours) !== shape(object)) return `${subject}中的${KIND[object.type] ?? '对象'}“${name.slice(0, 60)}”与年报程序建立的不同（可能被其他程序改动过）`;
  }
  for (const [name, object] of expected) {
    if (!found.has(name)) return `${subject}缺少年报程序建立的${KIND[object.type] ?? '对象'}“${name}”（可能被其他程序改动过）`;
  }
  return null;
}
