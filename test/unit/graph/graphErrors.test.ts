import { GraphError } from '@microsoft/microsoft-graph-client';
import { AppError } from '../../../src/domain/appError';
import { fromGraphError, graphCall, keepForCaller, withAccess } from '../../../src/graph/graphErrors';

function graphError(status: number, code: string, headers?: Record<string, string>): GraphError {
  const error = new GraphError(status, 'message');
  error.code = code;
  error.requestId = 'req-1';
  error.headers = headers ? new Headers(headers) : undefined;
  return error;
}

describe('fromGraphError', () => {
  it.each([
    [401, 'InvalidAuthenticationToken', 'auth-required'],
    [403, 'Authorization_RequestDenied', 'forbidden'],
    [403, 'consent_required', 'consent-required'],
    [404, 'itemNotFound', 'not-found'],
    [412, 'resourceModified', 'conflict'],
    [413, 'requestEntityTooLarge', 'too-large'],
    [429, 'TooManyRequests', 'throttled'],
    [503, 'serviceNotAvailable', 'throttled'],
    [400, 'BadRequest', 'invalid-input'],
    [500, 'generalException', 'unexpected'],
  ])('maps %i %s to %s', (status, code, expected) => {
    expect(fromGraphError(graphError(status, code)).code).toBe(expected);
  });

  it('keeps the request id and Retry-After for the user and support', () => {
    const error = fromGraphError(graphError(429, 'TooManyRequests', { 'Retry-After': '7' }));
    expect(error.details).toMatchObject({ status: 429, requestId: 'req-1', retryAfterSeconds: 7 });
    expect(error.retryable).toBe(true);
  });

  it('treats a failed fetch as offline', () => {
    expect(fromGraphError(graphError(-1, 'TypeError')).code).toBe('offline');
    expect(fromGraphError(new TypeError('Failed to fetch')).code).toBe('offline');
  });

  it('passes AppErrors through graphCall unchanged', async () => {
    const original = new AppError('conflict', 'x');
    await expect(graphCall(() => Promise.reject(original))).rejects.toBe(original);
  });
});

describe('refusals name the capability and what IT must grant', () => {
  it('adds the capability and the permission or role to 403s', () => {
    const refused = fromGraphError(graphError(403, 'accessDenied'), { capability: 'meetingsList', role: 'write' });
    expect(refused.details).toMatchObject({ capability: 'meetingsList', missing: 'write' });
    expect(fromGraphError(graphError(403, 'ErrorAccessDenied'), { capability: 'mail' }).details.missing).toBe(
      'Mail.Send',
    );
  });

  it('keeps the missing scopes a consent error already names, and leaves other errors alone', () => {
    const consent = new AppError('consent-required', 'Zustimmung fehlt', { missing: 'Mail.ReadBasic' });
    expect(withAccess(consent, { capability: 'sentItems' }).details).toMatchObject({
      capability: 'sentItems',
      missing: 'Mail.ReadBasic',
    });
    const conflict = new AppError('conflict', 'x');
    expect(withAccess(conflict, { capability: 'meetingsList' })).toBe(conflict);
  });

  it('gives back a token provider’s AppError whole, though the Graph client wrapped it', () => {
    const original = keepForCaller(
      new AppError('consent-required', 'Für Treffpunkt fehlt: Tasks.ReadWrite', { missing: 'Tasks.ReadWrite' }),
    );
    const wrapped = new GraphError(-1, '', original);
    wrapped.code = 'AppError';
    expect(fromGraphError(wrapped, { capability: 'tasks' })).toMatchObject({
      code: 'consent-required',
      details: { missing: 'Tasks.ReadWrite', capability: 'tasks' },
    });
  });
});
