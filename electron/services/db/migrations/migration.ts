/** One numbered step of the schema: SQL run with its user_version bump in one transaction. */
export interface Migration {
  /** 1, 2, 3 … with no gaps; the database's `PRAGMA user_version` after this step. */
  readonly version: number;
  /** What the step adds, in Chinese (shown in the backup taken before it). */
  readonly name: string;
  readonly up: string;
}
