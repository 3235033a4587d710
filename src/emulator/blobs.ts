import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * File bytes of the document libraries, in `<dataDir>/files/<sha256>`: named by their content, written
 * once (temp file + rename) before the state that names them, so a restart keeps both.
 */
export class BlobStore {
  private readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'files');
    mkdirSync(this.dir, { recursive: true });
  }

  /** Stores the bytes; returns their sha256 (hex), the name to read them back by. */
  put(bytes: Buffer): string {
    const sha = createHash('sha256').update(bytes).digest('hex');
    const file = join(this.dir, sha);
    if (!existsSync(file)) {
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, bytes);
      renameSync(temp, file);
    }
    return sha;
  }

  get(sha: string): Buffer | undefined {
    if (!/^[0-9a-f]{64}$/.test(sha)) return undefined;
    const file = join(this.dir, sha);
    return existsSync(file) ? readFileSync(file) : undefined;
  }
}
