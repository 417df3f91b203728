import { Writable } from 'node:stream';
import pino from 'pino';

export interface LogLine {
  msg: string;
  requestId?: string;
  [field: string]: unknown;
}

/** A logger whose JSON lines the test can read. */
export function capturedLogger() {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as LogLine);
      done();
    },
  });
  return { lines, logger: pino({ level: 'info' }, sink) };
}
