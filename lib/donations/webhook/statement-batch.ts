import pg from "pg";

/**
 * One statement of a batch: its text, values, the name it is prepared under (none: unnamed), and
 * whether its rows are wanted (when not, it is not described and its rows are dropped).
 */
export type BatchStatement = { text: string; values?: unknown[]; name?: string; rows: boolean };

type Connection = {
  stream: { cork?: () => void; uncork?: () => void };
  parsedStatements: Record<string, string>;
  submittedNamedStatements: Record<string, string>;
  parse(query: { text: string; name?: string; types?: number[] }): void;
  bind(config: { statement?: string; values?: unknown[] }): void;
  describe(msg: { type: "P"; name?: string }): void;
  execute(config?: { portal?: string; rows?: number }): void;
  sync(): void;
  sendCopyFail(message: string): void;
  on(event: "parseComplete", listener: () => void): void;
  off(event: "parseComplete", listener: () => void): void;
};

type Message = { fields: unknown[] };
type Results = pg.QueryResult[];

const { Result, utils } = pg as unknown as {
  Result: new () => pg.QueryResult & {
    addFields(fields: unknown[]): void;
    parseRow(fields: unknown[]): unknown;
    addRow(row: unknown): void;
    addCommandComplete(msg: unknown): void;
  };
  utils: { prepareValue(value: unknown): unknown };
};

/**
 * Several statements sent to PostgreSQL in one write under one Sync, answered in one round trip:
 * node-postgres sends each query on its own and waits for its answer before the next. Each
 * statement goes as Parse (once per connection for a named one), Bind, Describe (when its rows
 * are wanted) and Execute; the one Sync at the end makes them one unit for the server: when one
 * fails, PostgreSQL skips the rest up to the Sync, so a statement never runs after one before it
 * failed (a BEGIN that failed is never followed by a statement that commits on its own).
 *
 * A query object for `client.query()` (node-postgres's Submittable): it answers with every
 * statement's result, in order, or with the first error. Named statements are recorded as
 * prepared on the connection only once PostgreSQL has confirmed their Parse.
 */
export class StatementBatch {
  callback?: (error: Error | null, results?: Results) => void;
  readonly statements: readonly BatchStatement[];
  /** The first statement is BEGIN: the connection this batch runs on is its transaction's. */
  readonly begins: boolean;
  private readonly results: ReturnType<typeof newResult>[] = [];
  private current = 0;
  private rowError: Error | null = null;
  /** Names whose Parse was sent, in order, and how many PostgreSQL has confirmed. */
  private parsing: { name: string; text: string }[] = [];
  private confirmed = 0;
  private connection: Connection | null = null;
  private readonly onParseComplete = () => {
    const statement = this.parsing[this.confirmed++];
    if (statement?.name && this.connection) {
      this.connection.parsedStatements[statement.name] = statement.text;
      delete this.connection.submittedNamedStatements[statement.name];
    }
  };

  constructor(statements: BatchStatement[], options: { begins?: boolean } = {}) {
    if (!statements.length) throw new Error("an empty statement batch");
    this.statements = statements;
    this.begins = options.begins ?? false;
  }

  submit(connection: Connection): Error | null {
    // Values are turned into what goes on the wire first: a value that cannot be (a circular
    // object, say) fails the batch before any of it is written.
    let values: unknown[][];
    try {
      values = this.statements.map((s) => (s.values ?? []).map((v) => utils.prepareValue(v)));
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
    this.connection = connection;
    connection.on("parseComplete", this.onParseComplete);
    connection.stream.cork?.();
    try {
      this.statements.forEach((s, i) => {
        this.results.push(newResult());
        if (!s.name || connection.parsedStatements[s.name] !== s.text) {
          connection.parse({ text: s.text, name: s.name ?? "" });
          if (s.name) {
            connection.submittedNamedStatements[s.name] = s.text;
            this.parsing.push({ name: s.name, text: s.text });
          } else this.parsing.push({ name: "", text: s.text });
        }
        connection.bind({ statement: s.name ?? "", values: values[i] });
        if (s.rows) connection.describe({ type: "P", name: "" });
        connection.execute();
      });
      connection.sync();
    } finally {
      connection.stream.uncork?.();
    }
    return null;
  }

  handleRowDescription(msg: Message) {
    this.results[this.current]?.addFields(msg.fields);
  }

  handleDataRow(msg: Message) {
    if (this.rowError || !this.statements[this.current]?.rows) return;
    const result = this.results[this.current];
    if (!result) return;
    try {
      result.addRow(result.parseRow(msg.fields));
    } catch (error) {
      this.rowError = error instanceof Error ? error : new Error(String(error));
    }
  }

  handleCommandComplete(msg: unknown) {
    this.results[this.current]?.addCommandComplete(msg);
    this.current += 1;
  }

  handleEmptyQuery() {
    this.current += 1;
  }

  handlePortalSuspended() {
    // Never asked for: every Execute runs its portal to the end.
  }

  handleCopyInResponse(connection: Connection) {
    connection.sendCopyFail("No source stream defined");
  }

  handleCopyData() {
    // No COPY in a batch.
  }

  handleError(error: Error) {
    this.finish();
    this.callback?.(error);
  }

  handleReadyForQuery() {
    this.finish();
    if (this.rowError) return this.callback?.(this.rowError);
    if (this.current !== this.statements.length)
      return this.callback?.(new Error(`a statement batch ended after ${this.current} of ${this.statements.length} statements`));
    this.callback?.(null, this.results);
  }

  /** Names whose Parse was sent but not confirmed were not prepared: they will be parsed again. */
  private finish() {
    const connection = this.connection;
    if (!connection) return;
    connection.off("parseComplete", this.onParseComplete);
    for (const { name } of this.parsing.slice(this.confirmed)) if (name) delete connection.submittedNamedStatements[name];
    this.connection = null;
  }
}

function newResult() {
  return new Result();
}
