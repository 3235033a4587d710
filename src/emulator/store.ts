import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withDrives } from './drive/seed';
import { withDefaultViews } from './sharepoint/defaultView';
import type { EmulatorState } from './state';

/** Where the emulator keeps its tenant. Handlers read a snapshot and change it only through `update`. */
export interface Store {
  read(): EmulatorState;
  /** Runs `change` on a copy; the copy becomes the state (and is saved) only when `change` returns. */
  update<T>(change: (state: EmulatorState) => T): T;
  /** Back to the seed. */
  reset(): void;
}

export interface FileStoreOptions {
  dataDir: string;
  seed: () => EmulatorState;
  reset?: boolean;
}

/** A store in `<dataDir>/state.json`, written atomically (temp file + rename) after each change. */
export class FileStore implements Store {
  private state: EmulatorState;
  private readonly file: string;

  constructor(private readonly options: FileStoreOptions) {
    mkdirSync(options.dataDir, { recursive: true });
    this.file = join(options.dataDir, 'state.json');
    const loaded = options.reset ? undefined : this.load();
    this.state = loaded ?? options.seed();
    if (!loaded) this.save();
  }

  read(): EmulatorState {
    return this.state;
  }

  update<T>(change: (state: EmulatorState) => T): T {
    const draft = structuredClone(this.state);
    const result = change(draft);
    this.state = draft;
    this.save();
    return result;
  }

  reset(): void {
    this.state = this.options.seed();
    this.save();
  }

  private load(): EmulatorState | undefined {
    if (!existsSync(this.file)) return undefined;
    const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as EmulatorState;
    return parsed.schemaVersion === 2 ? withDrives(withDefaultViews(parsed)) : undefined;
  }

  private save(): void {
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify(this.state, null, 2)}\n`);
    renameSync(temp, this.file);
  }
}
