import { AuthenticationHandlerOptions, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { MiddlewareControl } from '@microsoft/microsoft-graph-client/lib/src/middleware/MiddlewareControl';
import type { TokenRequestOptions } from '../../../src/auth/tokenProvider';
import { claimsChallenge, isReplayable, OriginAuthHandler } from '../../../src/graph/authHandler';

interface Sent {
  authorization: string | null;
  body: unknown;
}

/** The rest of the chain: answers in turn and records what went out. */
function recorder(responses: Response[]) {
  const sent: Sent[] = [];
  const next: Middleware = {
    execute: async (context) => {
      sent.push({
        authorization: new Headers(context.options?.headers).get('Authorization'),
        body: context.options?.body,
      });
      context.response = responses.shift() ?? new Response('{}');
    },
  };
  return { next, sent };
}

function handler(next: Middleware) {
  let issued = 0;
  const getToken = jest.fn(async (scopes: readonly string[], ...rest: [TokenRequestOptions?]) => {
    void rest;
    issued += 1;
    return `token${issued}-${scopes.join('+')}`;
  });
  const h = new OriginAuthHandler({ getToken }, 'http://127.0.0.1:4000', ['User.Read']);
  h.setNext(next);
  return { h, getToken };
}

const unauthorized = () => new Response('{"error":{"code":"InvalidAuthenticationToken"}}', { status: 401 });
const challenge = () =>
  new Response('', {
    status: 401,
    headers: { 'WWW-Authenticate': `Bearer realm="", claims="${btoa('{"access_token":{}}')}"` },
  });

describe('OriginAuthHandler', () => {
  it("attaches a token with the request's scopes for the Graph origin only", async () => {
    const { next, sent } = recorder([]);
    const { h } = handler(next);
    const control = new MiddlewareControl([
      new AuthenticationHandlerOptions(undefined, { scopes: ['Sites.Selected'] }),
    ]);
    await h.execute({ request: 'http://127.0.0.1:4000/v1.0/sites/x', options: {}, middlewareControl: control });
    await h.execute({ request: 'https://elsewhere.example/file', options: {} } as Context);
    expect(sent.map((s) => s.authorization)).toEqual(['Bearer token1-Sites.Selected', null]);
  });

  it('sends a request that met a plain 401 once more with a token acquired afresh', async () => {
    const { next, sent } = recorder([unauthorized(), new Response('{}', { status: 201 })]);
    const { h, getToken } = handler(next);
    const body = JSON.stringify({ message: { subject: 'Protokoll' } });
    const context: Context = { request: 'http://127.0.0.1:4000/v1.0/me/sendMail', options: { method: 'POST', body } };
    await h.execute(context);
    expect(context.response?.status).toBe(201);
    expect(getToken.mock.calls).toEqual([[['User.Read']], [['User.Read'], { forceRefresh: true }]]);
    expect(sent).toEqual([
      { authorization: 'Bearer token1-User.Read', body },
      { authorization: 'Bearer token2-User.Read', body },
    ]);
  });

  it('lets a second plain 401 stand: one retry only', async () => {
    const { next, sent } = recorder([unauthorized(), unauthorized(), new Response('{}')]);
    const { h } = handler(next);
    const context: Context = { request: 'http://127.0.0.1:4000/v1.0/me', options: {} };
    await h.execute(context);
    expect(context.response?.status).toBe(401);
    expect(sent).toHaveLength(2);
  });

  it('answers a claims challenge once with a new token carrying the claims', async () => {
    const { next, sent } = recorder([challenge(), new Response('{}', { status: 200 })]);
    const { h, getToken } = handler(next);
    const context: Context = { request: 'http://127.0.0.1:4000/v1.0/me', options: {} };
    await h.execute(context);
    expect(context.response?.status).toBe(200);
    expect(sent).toHaveLength(2);
    expect(getToken).toHaveBeenLastCalledWith(['User.Read'], { claims: '{"access_token":{}}' });
  });

  it('does not answer the same kind of 401 twice (claims, then claims again)', async () => {
    const { next, sent } = recorder([challenge(), challenge(), new Response('{}')]);
    const { h } = handler(next);
    const context: Context = { request: 'http://127.0.0.1:4000/v1.0/me', options: {} };
    await h.execute(context);
    expect(context.response?.status).toBe(401);
    expect(sent).toHaveLength(2);
  });

  it('does not resend a body that can be read only once', async () => {
    const { next, sent } = recorder([unauthorized()]);
    const { h } = handler(next);
    const stream = new ReadableStream({ start: (controller) => controller.close() });
    const context: Context = {
      request: 'http://127.0.0.1:4000/v1.0/drive/root:/x:/content',
      options: { method: 'PUT', body: stream as unknown as BodyInit },
    };
    await h.execute(context);
    expect(context.response?.status).toBe(401);
    expect(sent).toHaveLength(1);
  });

  it('reads no claims from other responses', () => {
    expect(claimsChallenge(new Response('', { status: 401 }))).toBeUndefined();
    expect(claimsChallenge(new Response('', { status: 200 }))).toBeUndefined();
  });
});

describe('isReplayable', () => {
  it('accepts the bodies the Graph client builds (JSON strings, Blobs) and requests without a body', () => {
    expect(isReplayable({ request: 'http://x/v1.0/me', options: { method: 'POST', body: '{"a":1}' } })).toBe(true);
    expect(isReplayable({ request: 'http://x/v1.0/me', options: { method: 'PUT', body: new Blob(['x']) } })).toBe(true);
    expect(isReplayable({ request: new Request('http://x/v1.0/me') })).toBe(true);
  });

  it('refuses a Request object carrying its own body', () => {
    expect(isReplayable({ request: new Request('http://x/v1.0/me', { method: 'POST', body: 'x' }) })).toBe(false);
  });
});
