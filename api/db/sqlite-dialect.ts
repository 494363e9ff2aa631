import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDialectConfig } from 'kysely';

/**
 * Kysely's SQLite driver opens transactions with a plain (deferred) BEGIN. A deferred
 * transaction that reads then writes can fail with SQLITE_BUSY when another process (an
 * import, a second server) wrote meanwhile, and the busy timeout does not help then.
 * Our transactions always write, so they take the write lock at once.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

type SqliteDatabase = SqliteDialectConfig['database'] & object;

/**
 * better-sqlite3 compiles a statement at every `prepare`, and Kysely prepares at every
 * query. The service runs the same few short queries again and again (the campaign of a
 * new response, a response by id…), so their compiled statements are kept — up to `size`,
 * dropping the oldest. Longer texts (a query whose length follows its data, as a list of
 * ids) are not kept: they rarely repeat and would only push out the useful ones. insertRows'
 * statements repeat whatever the data; the widest, 64 responses, is 2,002 characters: under
 * a limit of 2,000 it was compiled 156 times a batch (3 % of the writer thread).
 */
export function cachingStatements(database: import('better-sqlite3').Database, size = 200, longest = 4000): SqliteDatabase {
  const cache = new Map<string, import('better-sqlite3').Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      if (sql.length > longest) return database.prepare(sql);
      let statement = cache.get(sql);
      if (statement) {
        // Move to the end: the Map's order is the order of last use.
        cache.delete(sql);
      } else {
        statement = database.prepare(sql);
        if (cache.size >= size) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement;
    },
  } as SqliteDatabase;
}
