import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { spawnService } from './main-process';

/** A server in a process of its own (test/helpers/server-process.ts) on an already migrated database. */
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

/** pino's level number of `warn`. */
const WARN = 40;

/** Starts a server process on an already migrated database and waits for its URL. */
export async function startServerProcess(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const service = spawnService(path.join(__dirname, 'server-process.js'), {
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'warn',
    ...env,
  });
  const url = await service.serving;
  return {
    url,
    child: service.child,
    stderr: () => service.stderr(),
    warnings: () =>
      service.logs.filter((entry) => Number(entry.level) >= WARN).map((entry) => JSON.stringify(entry)),
    stop: async () => {
      if (service.child.exitCode === null) service.child.kill('SIGTERM');
      return (await service.exited).code;
    },
  };
}
