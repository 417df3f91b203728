import pino, { type Logger } from 'pino';

/** Structured JSON logs on stdout; credentials never reach them. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: { paths: ['req.headers.authorization', 'headers.authorization', 'authorization'], remove: true },
  });
}
