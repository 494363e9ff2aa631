import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The administrator's token of the servers the tests start. */
export const ADMIN_TOKEN = 'jeton-admin-de-test-0123456789';

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** SIGKILL: no handler runs, no buffer is flushed — a crash. */
  kill(): Promise<void>;
  /** SIGTERM, the way an operator stops it. */
  stop(): Promise<void>;
}

/**
 * Starts the real entry point (api/server.ts) in its own process, as `npm start` does but
 * without building the web app, on a free port; resolves once it listens.
 */
export async function startServerProcess(env: Record<string, string>, nodeArgs: string[] = []): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', path.join(root, 'api/server.ts')], {
    cwd: root,
    // Load generators send thousands of responses a minute from one address: no rate limits.
    // No daily backup into the working tree's data/ unless a test asks for one.
    env: { ...process.env, PORT: '0', SEED: 'none', RATE_LIMIT_CREATE_PER_MINUTE: '0', RATE_LIMIT_FAILED_CHECKS_PER_MINUTE: '0', BACKUP_KEEP: '0', ADMIN_TOKEN, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/localhost:(\d+)\//.exec(output);
      if (match) resolve(`http://127.0.0.1:${match[1]}`);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`Le serveur s’est arrêté au démarrage (code ${code}) :\n${output}`)));
  });
  child.stdout!.resume();
  child.stderr!.resume();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    url,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
