/**
 * `GET …/content?format=…` (Learn "Download a file in another format"): v1.0 converts to pdf from
 * csv, doc, docx, odp, ods, odt, pot(m/x), pps(x/xm), ppt(m/x), rtf, xls, xlsx, and to html from loop,
 * fluid, wbtx. Other sources (a PDF included) are refused as the service does: 406 notSupported
 * (onedrive-api-docs#1601). The emulator converts nothing: a source Graph converts gets a 501 with
 * the reason, never a made-up file.
 */
import { errors, type GraphError } from '../errors';
import { driveErrors } from './driveErrors';
import { extensionOf } from './names';

const SOURCES: Record<string, readonly string[]> = {
  pdf: [
    'csv',
    'doc',
    'docx',
    'odp',
    'ods',
    'odt',
    'pot',
    'potm',
    'potx',
    'pps',
    'ppsx',
    'ppsxm',
    'ppt',
    'pptm',
    'pptx',
    'rtf',
    'xls',
    'xlsx',
  ],
  html: ['loop', 'fluid', 'wbtx'],
};

/** The answer to a conversion request for the file `name` (the emulator never converts). */
export function conversionAnswer(format: string, name: string): GraphError {
  const target = format.toLowerCase();
  const sources = SOURCES[target];
  if (!sources) {
    return driveErrors.invalidRequest(`'${format}' is not a format Microsoft Graph v1.0 converts to (pdf, html).`);
  }
  const extension = extensionOf(name);
  if (!sources.includes(extension)) return driveErrors.conversionNotSupported(extension || '(none)', target);
  return errors.notImplemented(
    `converting '.${extension}' files to ${target}: Microsoft Graph converts them (302 to the converted file), the emulator cannot convert and serves no stand-in`,
  );
}
