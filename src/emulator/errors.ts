/**
 * The one error factory of the emulator. Every failure a client can see is made here, with the
 * status and code real Microsoft Graph v1.0 uses for it, and serialised in Graph's error envelope.
 */

/** Which Graph workload answers: each names its errors a little differently. */
export type Workload = 'directory' | 'sharepoint' | 'exchange' | 'graph';

export class GraphError extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Record<string, string>;
  /** the service's detailed code in `innerError.code` (SharePoint's drive errors carry one) */
  readonly innerCode?: string;

  constructor(status: number, code: string, message: string, headers: Record<string, string> = {}, innerCode?: string) {
    super(message);
    this.name = 'GraphError';
    this.status = status;
    this.code = code;
    this.headers = headers;
    if (innerCode !== undefined) this.innerCode = innerCode;
  }
}

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    innerError: { code?: string; date: string; 'request-id': string; 'client-request-id': string };
  };
}

export interface ErrorContext {
  requestId: string;
  clientRequestId: string;
  now: Date;
}

/** Graph's innerError date: UTC, seconds precision, no zone suffix. */
export function innerErrorDate(now: Date): string {
  return now.toISOString().slice(0, 19);
}

export function errorBody(err: GraphError, ctx: ErrorContext): ErrorBody {
  return {
    error: {
      code: err.code,
      message: err.message,
      innerError: {
        ...(err.innerCode === undefined ? {} : { code: err.innerCode }),
        date: innerErrorDate(ctx.now),
        'request-id': ctx.requestId,
        'client-request-id': ctx.clientRequestId,
      },
    },
  };
}

const FORBIDDEN: Record<Workload, [string, string]> = {
  directory: ['Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'],
  sharepoint: ['accessDenied', 'Access denied'],
  exchange: ['ErrorAccessDenied', 'Access is denied. Check credentials and try again.'],
  graph: ['Forbidden', 'Missing scope permissions on the request.'],
};

export const errors = {
  /** Generic malformed request (Graph: 400 BadRequest). */
  badRequest: (message: string) => new GraphError(400, 'BadRequest', message),
  /** SharePoint's 400 (unknown field, wrong value type). */
  invalidRequest: (message: string) => new GraphError(400, 'invalidRequest', message),
  /** Exchange's 400 for a body it cannot deserialise. */
  requestBodyRead: (message: string) => new GraphError(400, 'RequestBodyRead', message),
  /** Exchange's 400 for a property its type does not have (events, messages, tasks). */
  unknownExchangeProperty: (property: string, type: string) =>
    new GraphError(
      400,
      'RequestBodyRead',
      `The property '${property}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
    ),
  invalidParameter: (message: string) => new GraphError(400, 'ErrorInvalidParameter', message),
  invalidRecipients: (detail: string) =>
    new GraphError(400, 'ErrorInvalidRecipients', `At least one recipient isn't valid., ${detail}`),
  timeZoneNotSupported: (zone: string) =>
    new GraphError(
      400,
      'TimeZoneNotSupportedException',
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${zone}'.`,
    ),
  endBeforeStart: () =>
    new GraphError(400, 'ErrorCalendarEndDateIsEarlierThanStartDate', 'The end date occurs before the start date.'),
  notOrganizer: () =>
    new GraphError(400, 'ErrorCalendarIsNotOrganizer', 'User must be an organizer for CancelCalendarItem action.'),
  /** Exchange's 404 for an event, task list or task that is not there. */
  exchangeItemNotFound: () =>
    new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.'),
  /** An event attachment of 3 MB or more in one POST (message as reported in microsoft-graph-docs#2212). */
  attachmentTooLarge: () => new GraphError(413, 'RequestEntityTooLarge', 'Maximum request length exceeded.'),
  /** Directory's 400 (unknown $select property and the like). */
  directoryBadRequest: (message: string) => new GraphError(400, 'Request_BadRequest', message),
  segmentNotFound: (segment: string) =>
    new GraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`),
  unknownProperty: (property: string, type: string) =>
    new GraphError(
      400,
      'BadRequest',
      `The property '${property}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`,
    ),
  invalidJson: () =>
    new GraphError(
      400,
      'BadRequest',
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    ),
  unauthenticated: (message: string) => new GraphError(401, 'InvalidAuthenticationToken', message),
  forbidden: (workload: Workload) => new GraphError(403, ...FORBIDDEN[workload]),
  userNotFound: (id: string) =>
    new GraphError(
      404,
      'Request_ResourceNotFound',
      `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
    ),
  itemNotFound: (message = 'Item not found') => new GraphError(404, 'itemNotFound', message),
  resourceNotFound: (message: string) => new GraphError(404, 'ResourceNotFound', message),
  methodNotAllowed: (method: string) =>
    new GraphError(
      405,
      'Request_BadRequest',
      `Specified HTTP method '${method}' is not allowed for the request target.`,
    ),
  nameAlreadyExists: (message: string) => new GraphError(409, 'nameAlreadyExists', message),
  preconditionFailed: (sent: string, current: string) =>
    new GraphError(
      412,
      'preconditionFailed',
      `The request ETag value '${sent}' does not match the object's ETag value '${current}'.`,
    ),
  failedDependency: (id: string) =>
    new GraphError(424, 'FailedDependency', `The request depends on request '${id}', which failed.`),
  tooManyRequests: (retryAfterSeconds: number) =>
    new GraphError(429, 'TooManyRequests', 'Please retry again later.', { 'Retry-After': String(retryAfterSeconds) }),
  serviceNotAvailable: (retryAfterSeconds: number) =>
    new GraphError(
      503,
      'serviceNotAvailable',
      'The service is temporarily unavailable. Please retry after the time given in Retry-After.',
      {
        'Retry-After': String(retryAfterSeconds),
      },
    ),
  /** Graph's 504 when the gateway gave up waiting (the action may still have happened): code UnknownError, empty message. */
  gatewayTimeout: () => new GraphError(504, 'UnknownError', ''),
  /** Exchange's 400 for a required parameter left empty (sendMail without toRecipients). */
  parameterValueEmpty: (parameter: string) =>
    new GraphError(400, 'ParameterValueEmpty', `The value of the parameter '${parameter}' is empty.`),
  /** Exchange's 400 for $filter/$orderby combinations it cannot serve from an index. */
  inefficientFilter: () =>
    new GraphError(400, 'InefficientFilter', 'The restriction or sort order is too complex for this operation.'),
  /** The emulator's own 403: a control endpoint called from a page that is not on this machine. */
  foreignOrigin: (origin: string) =>
    new GraphError(
      403,
      'Forbidden',
      `The emulator's control endpoints answer only pages on this machine (localhost, 127.0.0.1, [::1]); origin '${origin}' is refused.`,
    ),
  notImplemented: (what: string) =>
    new GraphError(
      501,
      'NotImplemented',
      `The Treffpunkt Microsoft 365 emulator does not support ${what}. Real Microsoft Graph may.`,
    ),
  internal: (message: string) => new GraphError(500, 'InternalServerError', message),
};

export function asGraphError(err: unknown): GraphError {
  if (err instanceof GraphError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return errors.internal(`The emulator failed unexpectedly: ${message}`);
}
