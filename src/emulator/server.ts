import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { TokenService } from './auth';
import { BlobStore } from './blobs';
import { handleDownload } from './drive/download';
import { DOWNLOAD_PATH, DownloadLinks } from './drive/downloadLinks';
import { handleControl } from './control';
import { asGraphError, errorBody } from './errors';
import { FaultInjector, type FaultOptions, validateFaults } from './faults';
import { handleGraph, type GraphEnv } from './graphPipeline';
import { corsHeaders, send, sleep } from './http';
import { newRequestId } from './ids';
import { Journal } from './journal';
import { Router } from './router';
import { allRoutes } from './routes';
import { handleSharePointRest, SHAREPOINT_REST_PATH } from './sharepoint/rest';
import { createSeed } from './seed';
import { FileStore } from './store';
import { DEFAULT_PROFILE, TenantHolder, type TenantProfile } from './tenant';
import { applyTenantChange } from './tenantInput';

export type { FaultOptions } from './faults';
export { seededRandom } from './faults';
export { SEED, SEED_LIBRARY, SEED_LISTS } from './seed';
export { DEFAULT_PROFILE, TENANT_PRESETS, type Role, type TenantProfile } from './tenant';

export interface EmulatorOptions {
  /** default 127.0.0.1 */
  host?: string;
  /** 0 = a free port */
  port?: number;
  dataDir: string;
  /** start from the seed, dropping saved state */
  reset?: boolean;
  /** seed the SharePoint site with the add-in's lists and past meetings (default true); also used by reset */
  seedLists?: boolean;
  faults?: FaultOptions;
  now?: () => Date;
  /** random source for faults (default Math.random); pass seededRandom(n) for deterministic tests */
  random?: () => number;
  /** how the configured latency is waited (default a timer); tests pass their own to see it without a clock */
  sleep?: (ms: number) => Promise<void>;
  /** the tenant's grants, merged over the README's least-privilege grants (DEFAULT_PROFILE); a `preset` key starts from that preset */
  tenant?: Partial<TenantProfile> & { preset?: string };
  /** the simple upload's limit in bytes (default 250 MB, as Graph documents it); tests pass a small one */
  uploadLimitBytes?: number;
}

/** Learn "Upload or replace the contents of a driveItem": files up to 250 MB (read as 250,000,000 bytes: stricter). */
export const SIMPLE_UPLOAD_LIMIT_BYTES = 250_000_000;

export interface RunningEmulator {
  /** http://127.0.0.1:PORT */
  url: string;
  /** url + '/v1.0' */
  graphUrl: string;
  journalPath: string;
  setFaults(f: FaultOptions): void;
  /** changes the tenant profile: the given keys replace the current ones (as POST /_emulator/tenant) */
  setTenant(change: Partial<TenantProfile> & { preset?: string }): void;
  close(): Promise<void>;
}

function route(env: GraphEnv, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  /** control endpoints first: they answer loopback origins only, their preflights included */
  if (/^\/_emulator(\/|$)/.test(path)) return handleControl(env, req, res);
  const cors = corsHeaders(req);
  if (req.method === 'OPTIONS') {
    send(res, 204, cors);
    return Promise.resolve();
  }
  if (/^\/v1\.0(\/|$)/i.test(path)) return handleGraph(env, req, res, cors);
  if (DOWNLOAD_PATH.test(path)) return Promise.resolve(handleDownload(env, req, res, cors));
  if (SHAREPOINT_REST_PATH.test(path)) return handleSharePointRest(env, req, res, cors);
  if (path === '/') {
    send(res, 302, { ...cors, Location: '/_emulator/' });
    return Promise.resolve();
  }
  send(
    res,
    404,
    { ...cors, 'Content-Type': 'text/plain; charset=utf-8' },
    'Nicht gefunden. Graph: /v1.0, Emulator: /_emulator/\n',
  );
  return Promise.resolve();
}

function fail(env: GraphEnv, res: ServerResponse, err: unknown): void {
  if (res.headersSent) return void res.destroy();
  const requestId = newRequestId();
  const body = errorBody(asGraphError(err), { requestId, clientRequestId: requestId, now: env.now() });
  send(res, 500, { 'Content-Type': 'application/json' }, JSON.stringify(body));
}

/** Starts the local Microsoft 365 emulator (Graph v1.0 subset) on host:port with state in dataDir. */
export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const now = options.now ?? (() => new Date());
  const tokens = new TokenService(options.dataDir);
  const env: GraphEnv = {
    router: new Router(allRoutes),
    store: new FileStore({
      dataDir: options.dataDir,
      seed: () => createSeed({ lists: options.seedLists ?? true }),
      reset: options.reset ?? false,
    }),
    tokens,
    faults: new FaultInjector(validateFaults(options.faults ?? {}), options.random),
    journal: new Journal(join(options.dataDir, 'journal.jsonl')),
    tenant: new TenantHolder(applyTenantChange(DEFAULT_PROFILE, options.tenant ?? {})),
    now,
    sleep: options.sleep ?? sleep,
    blobs: new BlobStore(options.dataDir),
    downloads: new DownloadLinks((text) => tokens.mac(text), now),
    uploadLimitBytes: options.uploadLimitBytes ?? SIMPLE_UPLOAD_LIMIT_BYTES,
  };
  const server = createServer((req, res) => {
    route(env, req, res).catch((err: unknown) => fail(env, res, err));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url,
    graphUrl: `${url}/v1.0`,
    journalPath: env.journal.path,
    setFaults: (f) => env.faults.set(validateFaults(f)),
    setTenant: (change) => env.tenant.set(applyTenantChange(env.tenant.get(), change)),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
