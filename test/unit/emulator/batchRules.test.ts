import { executionOrder, parseBatch } from '../../../src/emulator/batchRules';
import { GraphError } from '../../../src/emulator/errors';

const get = (id: string, extra: Record<string, unknown> = {}) => ({ id, method: 'GET', url: '/me', ...extra });

function rejection(body: unknown): GraphError {
  try {
    parseBatch(body);
  } catch (err) {
    if (err instanceof GraphError) return err;
    throw err;
  }
  throw new Error('expected a 400');
}

describe('JSON batch rules', () => {
  it('accepts up to 20 requests and rejects 21', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => get(String(i + 1)));
    expect(parseBatch({ requests: twenty })).toHaveLength(20);
    const err = rejection({ requests: [...twenty, get('21')] });
    expect(err.status).toBe(400);
    expect(err.message).toContain('20');
  });

  it('rejects an empty batch and a missing requests array', () => {
    expect(rejection({ requests: [] }).status).toBe(400);
    expect(rejection({}).status).toBe(400);
    expect(rejection({ requests: [get('1')], extra: true }).message).toContain('extra');
  });

  it('rejects duplicate ids, case-insensitively', () => {
    expect(rejection({ requests: [get('a'), get('A')] }).message).toContain('more than once');
  });

  it('rejects dependsOn to an unknown id and cycles', () => {
    expect(rejection({ requests: [get('1', { dependsOn: ['9'] })] }).message).toContain("'9'");
    expect(rejection({ requests: [get('1', { dependsOn: ['2'] }), get('2', { dependsOn: ['1'] })] }).message).toContain(
      'cycle',
    );
  });

  it('accepts only relative URLs without the version segment', () => {
    expect(rejection({ requests: [get('1', { url: 'https://graph.microsoft.com/v1.0/me' })] }).message).toContain(
      'relative',
    );
    expect(rejection({ requests: [get('1', { url: '/v1.0/me' })] }).message).toContain('version');
    expect(rejection({ requests: [get('1', { url: '/$batch' })] }).status).toBe(400);
    expect(parseBatch({ requests: [get('1', { url: 'me' })] })[0]?.url).toBe('/me');
  });

  it('needs a Content-Type header with a body', () => {
    const post = { id: '1', method: 'POST', url: '/me/events', body: { subject: 'x' } };
    expect(rejection({ requests: [post] }).message).toContain('Content-Type');
    const ok = parseBatch({ requests: [{ ...post, headers: { 'Content-Type': 'application/json' } }] });
    expect(ok[0]?.headers['content-type']).toBe('application/json');
  });

  it('rejects unknown methods and properties', () => {
    expect(rejection({ requests: [get('1', { method: 'HEAD' })] }).status).toBe(400);
    expect(rejection({ requests: [get('1', { foo: 1 })] }).message).toContain('foo');
  });

  it('orders dependents after their dependencies, otherwise keeps array order', () => {
    const steps = parseBatch({ requests: [get('3', { dependsOn: ['2'] }), get('1'), get('2', { dependsOn: ['1'] })] });
    expect(steps.map((s) => s.id)).toEqual(['1', '2', '3']);
    expect(executionOrder(parseBatch({ requests: [get('b'), get('a')] })).map((s) => s.id)).toEqual(['b', 'a']);
  });
});
