import type { OpenedDatabase } from '../db/create-database.js';
import type { Catalog } from '../instruments/catalog.js';
import { groupCommitWriter, type GroupCommitWriter } from './response-writer.js';
import { threadWriter } from './thread-writer.js';

/**
 * The writer of new responses for the database `url` opened: a SQLite file gets a thread
 * of its own (thread-writer.ts; it builds the standard catalog, so `catalog` must be it);
 * PostgreSQL and in-memory SQLite (a second connection would be another, empty database)
 * keep the group commit on this thread's connection, PostgreSQL's being asynchronous anyway.
 */
export function openResponseWriter(url: string, opened: OpenedDatabase, catalog: Catalog, options: { synchronous?: 'FULL' | 'NORMAL' } = {}): GroupCommitWriter {
  if (opened.engine === 'sqlite' && url !== ':memory:') return threadWriter(url, options);
  return groupCommitWriter(opened.db, catalog);
}
