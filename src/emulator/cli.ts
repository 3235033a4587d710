import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type FaultOptions, faultsFromEnv, validateFaults } from './faults';
import { type EmulatorOptions, startEmulator } from './server';
import { DEFAULT_PROFILE, TENANT_PRESETS, type TenantProfile } from './tenant';
import { tenantFromSpec } from './tenantInput';

export interface CliOptions {
  host: string;
  port: number;
  dataDir: string;
  reset: boolean;
  seedLists: boolean;
  faults: FaultOptions;
  /** from --tenant or TREFFPUNKT_TENANT; absent: the README's least-privilege grants */
  tenant?: TenantProfile;
}

const FAULT_FLAGS: Record<string, keyof FaultOptions> = {
  '--fault-429': 'rate429',
  '--fault-503': 'rate503',
  '--latency': 'latencyMs',
  '--drop': 'dropRate',
  '--retry-after': 'retryAfterSeconds',
  '--max-page-size': 'maxPageSize',
};

const USAGE = `Aufruf: npm run emulator -- [--port 4000] [--host 127.0.0.1] [--data-dir .emulator-data] [--reset] [--no-seed-lists]
  [--fault-429 0.1] [--fault-503 0.1] [--latency 200] [--drop 0.05] [--retry-after 1] [--max-page-size 3]
  [--tenant <Datei.json | JSON | Voreinstellung>]  Voreinstellungen: ${Object.keys(TENANT_PRESETS).join(', ')}`;

function numberFlag(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isFinite(n))
    throw new Error(`${flag} braucht eine Zahl.\n${USAGE}`);
  return n;
}

/** A tenant profile from a preset name, JSON text or a JSON file; German message when it is not usable. */
function tenantFlag(source: string, spec: string | undefined): TenantProfile {
  if (spec === undefined || spec.trim() === '')
    throw new Error(`${source} braucht eine Datei, JSON oder eine Voreinstellung.\n${USAGE}`);
  const isFile = !spec.trim().startsWith('{') && !(spec.trim() in TENANT_PRESETS) && existsSync(spec);
  try {
    return tenantFromSpec(isFile ? readFileSync(spec, 'utf8') : spec, DEFAULT_PROFILE);
  } catch (err) {
    throw new Error(`${source}: ${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
  }
}

/** Flags over environment over defaults. */
export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): CliOptions {
  const options: CliOptions = {
    host: '127.0.0.1',
    port: env.TREFFPUNKT_EMULATOR_PORT ? numberFlag('TREFFPUNKT_EMULATOR_PORT', env.TREFFPUNKT_EMULATOR_PORT) : 4000,
    dataDir: '.emulator-data',
    reset: false,
    seedLists: true,
    faults: faultsFromEnv(env),
  };
  if (env.TREFFPUNKT_TENANT !== undefined) options.tenant = tenantFlag('TREFFPUNKT_TENANT', env.TREFFPUNKT_TENANT);
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    const fault = FAULT_FLAGS[flag];
    if (flag === '--reset') options.reset = true;
    else if (flag === '--no-seed-lists') options.seedLists = false;
    else if (flag === '--port') options.port = numberFlag(flag, argv[++i]);
    else if (flag === '--host') options.host = argv[++i] ?? options.host;
    else if (flag === '--data-dir') options.dataDir = argv[++i] ?? options.dataDir;
    else if (flag === '--tenant') options.tenant = tenantFlag(flag, argv[++i]);
    else if (fault) options.faults = { ...options.faults, [fault]: numberFlag(flag, argv[++i]) };
    else throw new Error(`Unbekannte Option ${flag}.\n${USAGE}`);
  }
  options.faults = validateFaults(options.faults);
  return options;
}

/** Entry of `npm run emulator`: starts, prints one line, stops cleanly on SIGINT/SIGTERM. */
export async function main(argv: readonly string[]): Promise<void> {
  let cli: CliOptions;
  try {
    cli = parseArgs(argv, process.env);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 2;
    return;
  }
  const dataDir = resolve(cli.dataDir);
  const options: EmulatorOptions = {
    host: cli.host,
    port: cli.port,
    dataDir,
    reset: cli.reset,
    seedLists: cli.seedLists,
    faults: cli.faults,
    tenant: cli.tenant,
  };
  const emulator = await startEmulator(options);
  console.log(`Microsoft-365-Emulator läuft auf ${emulator.url} (Daten: ${dataDir})`);
  const stop = () => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
