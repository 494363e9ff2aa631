export type SeedMode = 'demo' | 'replay' | 'none';
export type SqliteSynchronous = 'FULL' | 'NORMAL';

export interface Config {
  port: number;
  databaseUrl: string;
  seed: SeedMode;
  suppressionK: number;
  /** SQLITE_SYNCHRONOUS: FULL (default) or NORMAL; see createDatabase. */
  sqliteSynchronous: SqliteSynchronous;
  /** RATE_LIMIT_CREATE_PER_MINUTE and RATE_LIMIT_FAILED_CHECKS_PER_MINUTE (0: off). */
  rateLimits: { createPerMinute: number; failedChecksPerMinute: number };
  /** ADMIN_TOKEN; when unset a token is generated at first start (see ensureAdminToken). */
  adminToken?: string;
}

/** Reads the environment of spec/api.md; a wrong value stops the start with a French message. */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT doit être un numéro de port (0 à 65535), pas « ${env.PORT} ».`);
  }
  const seed = (env.SEED ?? 'demo') as SeedMode;
  if (!['demo', 'replay', 'none'].includes(seed)) {
    throw new Error(`SEED doit valoir demo, replay ou none, pas « ${env.SEED} ».`);
  }
  const suppressionK = Number(env.SUPPRESSION_K ?? 5);
  if (!Number.isInteger(suppressionK) || suppressionK < 1) {
    throw new Error(`SUPPRESSION_K doit être un entier positif, pas « ${env.SUPPRESSION_K} ».`);
  }
  const sqliteSynchronous = (env.SQLITE_SYNCHRONOUS || 'FULL').toUpperCase() as SqliteSynchronous;
  if (!['FULL', 'NORMAL'].includes(sqliteSynchronous)) {
    throw new Error(`SQLITE_SYNCHRONOUS doit valoir FULL ou NORMAL, pas « ${env.SQLITE_SYNCHRONOUS} ».`);
  }
  const perMinute = (name: string, fallback: number) => {
    const n = Number(env[name] ?? fallback);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} doit être un entier positif ou nul (0 : sans limite), pas « ${env[name]} ».`);
    return n;
  };
  const rateLimits = {
    createPerMinute: perMinute('RATE_LIMIT_CREATE_PER_MINUTE', 60),
    failedChecksPerMinute: perMinute('RATE_LIMIT_FAILED_CHECKS_PER_MINUTE', 30),
  };
  const adminToken = env.ADMIN_TOKEN || undefined;
  if (adminToken !== undefined && !/^[A-Za-z0-9_-]{16,256}$/.test(adminToken)) {
    throw new Error('ADMIN_TOKEN doit compter au moins 16 caractères parmi lettres, chiffres, « - » et « _ ».');
  }
  return { port, databaseUrl: env.DATABASE_URL || './data/aict.db', seed, suppressionK, sqliteSynchronous, rateLimits, adminToken };
}
