import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { TEST_JWT_SECRET } from './server';

/** A service in a Node process of its own, on a loopback port, as production runs it. */
export interface MainProcess {
  child: ChildProcess;
  /** Resolves with the exit code and the time of exit (ms since the epoch). */
  exited: Promise<{ code: number | null; at: number }>;
  /** Resolves with the /graphql URL once the service says it is serving. */
  serving: Promise<string>;
  /** The JSON log lines written so far. */
  logs: Record<string, unknown>[];
  stderr(): string;
}

/** The service as `npm start` runs it (dist/src/main.js): it migrates, seeds an empty database and serves. */
export const spawnMain = (env: Record<string, string>): MainProcess =>
  spawnService(path.join(__dirname, '..', '..', 'src', 'main.js'), env);

/**
 * Runs a compiled script that serves and logs JSON lines, one of them `{"msg": "digikannustin is serving",
 * "url": …}` when it is ready (main.js, or test/helpers/server-process.js).
 */
export function spawnService(script: string, env: Record<string, string>): MainProcess {
  const child = spawn(process.execPath, [script], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'info',
      // As in startTestServer: tests that want the response cache turn it on.
      RESPONSE_CACHE_MAX_AGE_S: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const logs: Record<string, unknown>[] = [];
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.once('exit', (code) => resolve({ code, at: Date.now() })),
  );
  const serving = new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const entry = JSON.parse(line) as Record<string, unknown>;
      logs.push(entry);
      if (entry.msg === 'digikannustin is serving') resolve(entry.url as string);
    });
    void exited.then(({ code }) => reject(new Error(`the service exited with ${code}: ${stderr}`)));
  });
  return { child, exited, serving, logs, stderr: () => stderr };
}
