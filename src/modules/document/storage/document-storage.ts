import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/** What a store reports of bytes it has kept: where, how many, and their SHA-256 (hex). */
export interface StoredObject {
  key: string;
  size: number;
  sha256: string;
}

/**
 * Where uploaded documents' bytes live. The local-disk store (local-disk-storage.ts) is the default; an
 * S3-compatible store implements the same three operations (put: a multipart upload or a PutObject of a
 * stream under a new key, counted and hashed with `measured` as it passes, aborted on failure; get:
 * GetObject's body; delete: DeleteObject), and nothing else in the service changes.
 *
 * The contract: `put` makes the object visible under its key only once every byte is kept; when the
 * source fails, ends early or passes `maxBytes`, it rejects and leaves nothing behind, not even a part.
 */
export interface DocumentStorage {
  /** Keeps the bytes of `source` under a new key (the store picks it) and reports them. */
  put(source: AsyncIterable<Uint8Array>, options: { maxBytes: number }): Promise<StoredObject>;
  /** The bytes under `key`; rejects with StoredObjectMissingError when there are none. */
  get(key: string): Promise<NodeJS.ReadableStream>;
  /** Removes the bytes under `key`; nothing happens when there are none. */
  delete(key: string): Promise<void>;
}

/** A put refused because the bytes went past its `maxBytes`. */
export class StoredObjectTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`more than ${maxBytes} bytes`);
    this.name = 'StoredObjectTooLargeError';
  }
}

/** A get of a key the store does not have. */
export class StoredObjectMissingError extends Error {
  constructor(readonly key: string) {
    super(`no stored object under ${key}`);
    this.name = 'StoredObjectMissingError';
  }
}

/** A pass-through stage that counts and hashes the bytes, and fails as soon as there are too many. */
export interface Measured extends Transform {
  /** Once the stream has ended: the count and the SHA-256 of everything that passed. */
  measure(): { size: number; sha256: string };
}

export function measured(maxBytes: number): Measured {
  const hash = createHash('sha256');
  let size = 0;
  let digest: string | undefined;
  const stage = new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      size += chunk.length;
      if (size > maxBytes) return done(new StoredObjectTooLargeError(maxBytes));
      hash.update(chunk);
      done(null, chunk);
    },
  }) as Measured;
  stage.measure = () => {
    digest ??= hash.digest('hex');
    return { size, sha256: digest };
  };
  return stage;
}
