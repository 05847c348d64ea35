import { createHash } from "node:crypto";

// Prepared statements, opted into one statement at a time. PostgreSQL parses and plans every
// statement it is sent afresh; for a large statement that is most of its cost (pg-boss's job
// insert: about 0.9 ms of database time unprepared, 0.35 ms prepared). A statement whose text
// starts with PREPARED is prepared once per connection, under a name taken from its text, and
// then only bound and run.
//
// Mark only statements whose text is fixed (values as parameters, never spliced in), so each
// connection holds a handful of them. Named statements need a session of their own: behind a
// pooler in transaction mode (PgBouncer) they need its prepared-statement support.

/** Put first in a statement's text to have it prepared and reused. */
export const PREPARED = "/* prepared */ ";

/** For the PostgreSQL adapter: a name for marked statements, and none (unnamed) for the rest. */
export function statementName({ sql }: { sql: string }): string {
  return sql.startsWith(PREPARED) ? `p_${createHash("sha1").update(sql).digest("base64url")}` : "";
}
