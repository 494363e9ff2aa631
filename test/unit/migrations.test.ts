import { describe, expect, it } from 'vitest';
import { migrations } from '../../api/db/migrations/index.js';

describe('migrations', () => {
  it('are listed in the order Kysely runs them (by name), each named by date and time', () => {
    const names = Object.keys(migrations);
    expect(names).toEqual([...names].sort());
    for (const name of names) expect(name).toMatch(/^\d{4}-\d{2}-\d{2}T\d{4}-[a-z-]+$/);
  });
});
