import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DownloadLinks } from './drive/downloadLinks';
import { type Answer, calendarControl, json } from './controlCalendar';
import { asGraphError, errorBody, errors } from './errors';
import { validateFaults } from './faults';
import { parseJsonBody, readRaw, send } from './http';
import { newRequestId } from './ids';
import type { EmulatorCore } from './core';
import { listFiles } from './controlFiles';
import { renderOverview } from './overview';
import { controlCors, originOf } from './controlOrigin';
import { tenantControl } from './controlTenant';

export interface ControlEnv extends EmulatorCore {
  downloads: DownloadLinks;
}

function route(env: ControlEnv, method: string, rawPath: string, body: unknown, origin: string): Answer {
  const path = rawPath.replace(/\/+$/, '') || '/_emulator';
  const calendar = calendarControl(env, method, path, body) ?? tenantControl(env, method, path, body);
  if (calendar) return calendar;
  const key = `${method} ${path}`;
  switch (key) {
    case 'GET /_emulator':
      return {
        status: 200,
        type: 'text/html; charset=utf-8',
        body: renderOverview(env.store.read(), env.faults.get(), env.tenant.get(), (site, drive, file) =>
          env.downloads.url(origin, site, drive, file),
        ),
      };
    case 'GET /_emulator/journal':
      return {
        status: 200,
        type: 'application/x-ndjson; charset=utf-8',
        body: existsSync(env.journal.path) ? readFileSync(env.journal.path, 'utf8') : '',
      };
    case 'GET /_emulator/files':
      return json(200, { value: listFiles(env.store.read(), env.downloads, origin) });
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

function errorAnswer(env: ControlEnv, err: unknown): Answer {
  const requestId = newRequestId();
  const graphError = asGraphError(err);
  return json(graphError.status, errorBody(graphError, { requestId, clientRequestId: requestId, now: env.now() }));
}

/**
 * The emulator's own endpoints under /_emulator: never faulted, never journaled, and only for pages
 * on this machine (controlOrigin.ts): another origin gets 403 and no CORS, its preflight too.
 */
export async function handleControl(env: ControlEnv, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const cors = controlCors(req);
  const method = (req.method ?? 'GET').toUpperCase();
  let answer: Answer;
  if (!cors) {
    answer = errorAnswer(env, errors.foreignOrigin(originOf(req) ?? ''));
  } else if (method === 'OPTIONS') {
    return void send(res, 204, cors);
  } else {
    try {
      const raw = await readRaw(req);
      const form = /^application\/x-www-form-urlencoded/i.test(req.headers['content-type'] ?? '');
      const body = form ? Object.fromEntries(new URLSearchParams(raw.toString('utf8'))) : parseJsonBody(raw);
      const origin = `http://${req.headers.host ?? 'localhost'}`;
      answer = route(env, method, (req.url ?? '/').split('?')[0] ?? '/', body, origin);
    } catch (err) {
      answer = errorAnswer(env, err);
    }
  }
  send(res, answer.status, { ...cors, 'Content-Type': answer.type, 'Cache-Control': 'no-store' }, answer.body);
}
