import { asGraphError, errorBody, errors, GraphError, innerErrorDate } from '../../../src/emulator/errors';

const ctx = { requestId: 'r-1', clientRequestId: 'c-1', now: new Date('2025-03-12T09:30:15.123Z') };

describe('error factory', () => {
  it('serialises Graph’s error envelope with innerError date and ids', () => {
    expect(errorBody(errors.segmentNotFound('foo'), ctx)).toEqual({
      error: {
        code: 'BadRequest',
        message: "Resource not found for the segment 'foo'.",
        innerError: { date: '2025-03-12T09:30:15', 'request-id': 'r-1', 'client-request-id': 'c-1' },
      },
    });
  });

  it.each([
    [errors.unauthenticated('Access token is empty.'), 401, 'InvalidAuthenticationToken'],
    [errors.forbidden('directory'), 403, 'Authorization_RequestDenied'],
    [errors.forbidden('sharepoint'), 403, 'accessDenied'],
    [errors.forbidden('exchange'), 403, 'ErrorAccessDenied'],
    [errors.userNotFound('x'), 404, 'Request_ResourceNotFound'],
    [errors.itemNotFound(), 404, 'itemNotFound'],
    [errors.invalidRequest("Field 'Foo' is not recognized"), 400, 'invalidRequest'],
    [errors.requestBodyRead('x'), 400, 'RequestBodyRead'],
    [errors.methodNotAllowed('DELETE'), 405, 'Request_BadRequest'],
    [errors.preconditionFailed('"a,1"', '"a,2"'), 412, 'preconditionFailed'],
    [errors.failedDependency('1'), 424, 'FailedDependency'],
    [errors.notImplemented('$expand'), 501, 'NotImplemented'],
  ])('%# has status %i and code %s', (err, status, code) => {
    expect(err).toBeInstanceOf(GraphError);
    expect(err.status).toBe(status);
    expect(err.code).toBe(code);
    expect(err.message.length).toBeGreaterThan(0);
  });

  it('adds Retry-After to 429 and 503', () => {
    expect(errors.tooManyRequests(3).headers).toEqual({ 'Retry-After': '3' });
    expect(errors.tooManyRequests(3).code).toBe('TooManyRequests');
    expect(errors.serviceNotAvailable(2).headers).toEqual({ 'Retry-After': '2' });
    expect(errors.serviceNotAvailable(2).code).toBe('serviceNotAvailable');
  });

  it('names the property and type for an unknown body property', () => {
    expect(errors.unknownProperty('foo', 'microsoft.graph.list').message).toContain(
      "property 'foo' does not exist on type 'microsoft.graph.list'",
    );
  });

  it('turns anything else into a 500 Graph error', () => {
    const err = asGraphError(new TypeError('boom'));
    expect(err.status).toBe(500);
    expect(err.message).toContain('boom');
    expect(asGraphError(errors.itemNotFound())).toBeInstanceOf(GraphError);
  });

  it('formats the innerError date without milliseconds or zone', () => {
    expect(innerErrorDate(new Date('2025-01-02T03:04:05.999Z'))).toBe('2025-01-02T03:04:05');
  });
});
