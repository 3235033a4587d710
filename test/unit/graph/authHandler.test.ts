import { AuthenticationHandlerOptions, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { MiddlewareControl } from '@microsoft/microsoft-graph-client/lib/src/middleware/MiddlewareControl';
import { claimsChallenge, OriginAuthHandler } from '../../../src/graph/authHandler';

function recorder(responses: Response[]) {
  const seen: (string | null)[] = [];
  const next: Middleware = {
    execute: async (context) => {
      seen.push(new Headers(context.options?.headers).get('Authorization'));
      context.response = responses.shift() ?? new Response('{}');
    },
  };
  return { next, seen };
}

function handler(
  next: Middleware,
  getToken = jest.fn(async (scopes: readonly string[]) => `token-${scopes.join('+')}`),
) {
  const h = new OriginAuthHandler({ getToken }, 'http://127.0.0.1:4000', ['User.Read']);
  h.setNext(next);
  return { h, getToken };
}

describe('OriginAuthHandler', () => {
  it("attaches a token with the request's scopes for the Graph origin only", async () => {
    const { next, seen } = recorder([]);
    const { h } = handler(next);
    const control = new MiddlewareControl([
      new AuthenticationHandlerOptions(undefined, { scopes: ['Sites.Selected'] }),
    ]);
    await h.execute({ request: 'http://127.0.0.1:4000/v1.0/sites/x', options: {}, middlewareControl: control });
    await h.execute({ request: 'https://elsewhere.example/file', options: {} } as Context);
    expect(seen).toEqual(['Bearer token-Sites.Selected', null]);
  });

  it('answers a claims challenge once with a new token', async () => {
    const challenge = new Response('', {
      status: 401,
      headers: { 'WWW-Authenticate': `Bearer realm="", claims="${btoa('{"access_token":{}}')}"` },
    });
    const { next, seen } = recorder([challenge, new Response('{}', { status: 200 })]);
    const { h, getToken } = handler(next);
    const context: Context = { request: 'http://127.0.0.1:4000/v1.0/me', options: {} };
    await h.execute(context);
    expect(context.response?.status).toBe(200);
    expect(seen).toHaveLength(2);
    expect(getToken).toHaveBeenLastCalledWith(['User.Read'], { claims: '{"access_token":{}}' });
  });

  it('reads no claims from other responses', () => {
    expect(claimsChallenge(new Response('', { status: 401 }))).toBeUndefined();
    expect(claimsChallenge(new Response('', { status: 200 }))).toBeUndefined();
  });
});
