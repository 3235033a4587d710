import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TokenService } from './auth';
import { type Answer, calendarControl, json } from './controlCalendar';
import { asGraphError, errorBody, errors } from './errors';
import { type FaultInjector, validateFaults } from './faults';
import { parseJsonBody, readRaw, send } from './http';
import { newRequestId } from './ids';
import type { Journal } from './journal';
import { renderOverview } from './overview';
import type { Store } from './store';
import type { TenantHolder } from './tenant';
import { tenantControl } from './controlTenant';

export interface ControlEnv {
  store: Store;
  tokens: TokenService;
  faults: FaultInjector;
  journal: Journal;
  tenant: TenantHolder;
  now: () => Date;
}

function route(env: ControlEnv, method: string, rawPath: string, body: unknown): Answer {
  const path = rawPath.replace(/\/+$/, '') || '/_emulator';
  const calendar = calendarControl(env, method, path, body) ?? tenantControl(env, method, path, body);
  if (calendar) return calendar;
  const key = `${method} ${path}`;
  switch (key) {
    case 'GET /_emulator':
      return {
        status: 200,
        type: 'text/html; charset=utf-8',
        body: renderOverview(env.store.read(), env.faults.get(), env.tenant.get()),
      };
    case 'GET /_emulator/journal':
      return {
        status: 200,
        type: 'application/x-ndjson; charset=utf-8',
        body: existsSync(env.journal.path) ? readFileSync(env.journal.path, 'utf8') : '',
      };
    case 'GET /_emulator/faults':
      return json(200, env.faults.get());
    case 'POST /_emulator/faults':
      env.faults.set(validateFaults(body ?? {}));
      return json(200, env.faults.get());
    case 'POST /_emulator/reset':
      env.store.reset();
      return json(200, { reset: true });
    case 'GET /_emulator/state':
      return json(200, env.store.read());
    default:
      throw errors.resourceNotFound(`The emulator has no control endpoint ${method} ${path}.`);
  }
}

/** The emulator's own endpoints under /_emulator: never faulted, never journaled. */
export async function handleControl(
  env: ControlEnv,
  req: IncomingMessage,
  res: ServerResponse,
  cors: Record<string, string>,
): Promise<void> {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  let answer: Answer;
  try {
    const body = parseJsonBody(await readRaw(req));
    answer = route(env, (req.method ?? 'GET').toUpperCase(), path, body);
  } catch (err) {
    const requestId = newRequestId();
    answer = json(
      asGraphError(err).status,
      errorBody(asGraphError(err), { requestId, clientRequestId: requestId, now: env.now() }),
    );
  }
  send(res, answer.status, { ...cors, 'Content-Type': answer.type, 'Cache-Control': 'no-store' }, answer.body);
}
