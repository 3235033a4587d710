import type { Client } from '@microsoft/microsoft-graph-client';

export interface Call {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
}

type Answer = (call: Call) => unknown;

/**
 * A typed stand-in for the Graph client's request builder: every call is recorded and answered by
 * `answer` (return a value, or throw an AppError / GraphError). Builder methods add to the path as
 * query options, so tests can see what was asked.
 */
export function fakeClient(answer: Answer) {
  const calls: Call[] = [];
  const request = (path: string) => {
    const query: string[] = [];
    const full = () => (query.length ? `${path}${path.includes('?') ? '&' : '?'}${query.join('&')}` : path);
    const send = async (method: Call['method'], body?: unknown) => {
      const call = { method, path: full(), ...(body === undefined ? {} : { body }) };
      calls.push(call);
      return answer(call);
    };
    const builder = {
      middlewareOptions: () => builder,
      header: () => builder,
      select: (fields: string[]) => (query.push(`$select=${fields.join(',')}`), builder),
      filter: (f: string) => (query.push(`$filter=${f}`), builder),
      top: (n: number) => (query.push(`$top=${n}`), builder),
      get: () => send('GET'),
      post: (body: unknown) => send('POST', body),
      patch: (body: unknown) => send('PATCH', body),
      delete: () => send('DELETE'),
    };
    return builder;
  };
  return { client: { api: request } as unknown as Client, calls };
}
