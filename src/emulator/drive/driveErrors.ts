/** The drive (OneDrive/SharePoint files) errors, with the codes Graph's files API uses. */
import { GraphError } from '../errors';

export const driveErrors = {
  /** OneDrive error codes: itemNotFound "The resource could not be found." */
  itemNotFound: () => new GraphError(404, 'itemNotFound', 'The resource could not be found.'),
  nameAlreadyExists: () => new GraphError(409, 'nameAlreadyExists', 'The specified item name already exists.'),
  /** onedrive-api-docs#1446: invalidRequest with innerError code nameContainsInvalidCharacters */
  invalidName: (why: string) => new GraphError(400, 'invalidRequest', why, {}, 'nameContainsInvalidCharacters'),
  invalidRequest: (message: string, innerCode?: string) =>
    new GraphError(400, 'invalidRequest', message, {}, innerCode),
  /** Learn "Microsoft Graph error responses": 413, the request size exceeds the maximum limit */
  tooLarge: (limit: number) =>
    new GraphError(
      413,
      'invalidRequest',
      `The request size exceeds the maximum limit: simple upload takes files up to ${limit} bytes (250 MB); larger files need an upload session.`,
      { Connection: 'close' },
      'maxFileSizeExceeded',
    ),
  /** onedrive-api-docs#1601: a conversion the service does not offer is 406 notSupported */
  conversionNotSupported: (extension: string, format: string) =>
    new GraphError(
      406,
      'notSupported',
      `Converting '.${extension}' files to ${format} is not supported.`,
      {},
      'InputFormatNotSupported',
    ),
};
