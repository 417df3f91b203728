import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { TEST_JWT_SECRET } from './server';

/** A server in a process of its own (test/helpers/server-process.ts), as production runs it. */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote to stderr so far (warnings, a crash). */
  stderr(): string;
  /** Its log lines of level warn and above so far. */
  warnings(): string[];
  /** SIGTERM, and the exit code once it has gone. */
  stop(): Promise<number | null>;
}

/** Starts a server process on an already migrated database and waits for its URL. */
export async function startServerProcess(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [path.join(__dirname, 'server-process.js')], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'warn',
      PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const lines = readline.createInterface({ input: child.stdout });
  const warnings: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    void exited.then((code) => reject(new Error(`the server process exited with ${code}: ${stderr}`)));
    lines.on('line', (line) => {
      const entry = JSON.parse(line) as { url?: string };
      if (entry.url) resolve(entry.url);
      else warnings.push(line);
    });
  });
  return {
    url,
    child,
    stderr: () => stderr,
    warnings: () => warnings,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
