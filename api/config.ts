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
  /** SMTP_URL and the rest of the campaign e-mail; null when SMTP_URL is unset (links shown to copy, nothing sent). */
  mail: MailConfig | null;
  /** BACKUP_DIR and BACKUP_KEEP (0: no daily backup). */
  backup: { dir: string; keep: number };
}

export interface MailConfig {
  smtpUrl: string;
  /** MAIL_FROM, the sender. */
  from: string;
  /** PUBLIC_URL, without a trailing slash: the base of the links written in messages. */
  publicUrl: string;
  /** MAIL_RETRY_SECONDS: the wait before the first new attempt after a failure, doubled at each one. */
  retrySeconds: number;
  /** MAIL_TIMEOUT_SECONDS: how long one exchange with the mail server may last. */
  timeoutSeconds: number;
}

/** The e-mail settings, or null without SMTP_URL. */
function readMailConfig(env: NodeJS.ProcessEnv, port: number): MailConfig | null {
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl === undefined) return null;
  if (!/^smtps?:\/\/[^\s]+$/.test(smtpUrl)) throw new Error('SMTP_URL doit être une adresse smtp://hôte:port ou smtps://utilisateur:motdepasse@hôte:port.');
  const from = env.MAIL_FROM || 'observatoire@localhost';
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(from)) throw new Error(`MAIL_FROM doit être une adresse électronique, pas «\u202f${from}\u202f».`);
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s]+$/.test(publicUrl)) throw new Error(`PUBLIC_URL doit commencer par http:// ou https://, pas «\u202f${env.PUBLIC_URL}\u202f».`);
  const seconds = (name: string, fallback: number) => {
    const n = Number(env[name] ?? fallback);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} doit être un nombre de secondes positif, pas «\u202f${env[name]}\u202f».`);
    return n;
  };
  return { smtpUrl, from, publicUrl, retrySeconds: seconds('MAIL_RETRY_SECONDS', 60), timeoutSeconds: seconds('MAIL_TIMEOUT_SECONDS', 60) };
}

/** Reads the environment of spec/api.md; a wrong value stops the start with a French message. */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT doit être un numéro de port (0 à 65535), pas «\u202f${env.PORT}\u202f».`);
  }
  const seed = (env.SEED ?? 'demo') as SeedMode;
  if (!['demo', 'replay', 'none'].includes(seed)) {
    throw new Error(`SEED doit valoir demo, replay ou none, pas «\u202f${env.SEED}\u202f».`);
  }
  const suppressionK = Number(env.SUPPRESSION_K ?? 5);
  if (!Number.isInteger(suppressionK) || suppressionK < 1) {
    throw new Error(`SUPPRESSION_K doit être un entier positif, pas «\u202f${env.SUPPRESSION_K}\u202f».`);
  }
  const sqliteSynchronous = (env.SQLITE_SYNCHRONOUS || 'FULL').toUpperCase() as SqliteSynchronous;
  if (!['FULL', 'NORMAL'].includes(sqliteSynchronous)) {
    throw new Error(`SQLITE_SYNCHRONOUS doit valoir FULL ou NORMAL, pas «\u202f${env.SQLITE_SYNCHRONOUS}\u202f».`);
  }
  const perMinute = (name: string, fallback: number) => {
    const n = Number(env[name] ?? fallback);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} doit être un entier positif ou nul (0\u202f: sans limite), pas «\u202f${env[name]}\u202f».`);
    return n;
  };
  const rateLimits = {
    createPerMinute: perMinute('RATE_LIMIT_CREATE_PER_MINUTE', 60),
    failedChecksPerMinute: perMinute('RATE_LIMIT_FAILED_CHECKS_PER_MINUTE', 30),
  };
  const adminToken = env.ADMIN_TOKEN || undefined;
  if (adminToken !== undefined && !/^[A-Za-z0-9_-]{16,256}$/.test(adminToken)) {
    throw new Error('ADMIN_TOKEN doit compter au moins 16 caractères parmi lettres, chiffres, «\u202f-\u202f» et «\u202f_\u202f».');
  }
  const backupKeep = Number(env.BACKUP_KEEP ?? 7);
  if (!Number.isInteger(backupKeep) || backupKeep < 0) throw new Error(`BACKUP_KEEP doit être un entier positif ou nul (0\u202f: aucune sauvegarde quotidienne), pas «\u202f${env.BACKUP_KEEP}\u202f».`);
  return {
    port,
    databaseUrl: env.DATABASE_URL || './data/aict.db',
    seed,
    suppressionK,
    sqliteSynchronous,
    rateLimits,
    adminToken,
    mail: readMailConfig(env, port),
    backup: { dir: env.BACKUP_DIR || './data/backups', keep: backupKeep },
  };
}
