import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { newId } from '../../../common/ids';
import {
  type DocumentStorage,
  measured,
  type StoredObject,
  StoredObjectMissingError,
} from './document-storage';

/** A key of this store: a two-digit folder (256 of them, so that none grows huge) and a UUID. */
const keyPattern = /^[0-9a-f]{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Files that are being written: hidden, and never a key (see keyPattern). */
const PARTIAL_SUFFIX = '.part';

/**
 * Documents as files under one folder (DOCUMENTS_DIR, by default data/documents): `ab/<uuid>`, written to
 * `ab/.<uuid>.part` in the same folder while the bytes arrive (so that the final rename cannot cross a
 * file system), flushed to disk and renamed into place only when complete. A failed or aborted upload
 * removes its part file; a part left by a crash is never a key, so never listed or served.
 */
export class LocalDiskStorage implements DocumentStorage {
  constructor(private readonly root: string) {}

  async put(source: AsyncIterable<Uint8Array>, options: { maxBytes: number }): Promise<StoredObject> {
    const id = newId();
    const key = `${id.slice(0, 2)}/${id}`;
    const folder = path.join(this.root, id.slice(0, 2));
    const partial = path.join(folder, `.${id}${PARTIAL_SUFFIX}`);
    await mkdir(folder, { recursive: true });
    const meter = measured(options.maxBytes);
    try {
      await pipeline(source, meter, createWriteStream(partial, { flags: 'wx' }));
      const written = await open(partial, 'r+');
      try {
        await written.sync();
      } finally {
        await written.close();
      }
      await rename(partial, this.pathOf(key));
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return { key, ...meter.measure() };
  }

  async get(key: string): Promise<NodeJS.ReadableStream> {
    let handle;
    try {
      handle = await open(this.pathOf(key), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredObjectMissingError(key);
      throw error;
    }
    // Opened first, so that a missing file is known before any header is sent.
    return handle.createReadStream();
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!keyPattern.test(key)) throw new StoredObjectMissingError(key);
    return path.join(this.root, key);
  }
}
