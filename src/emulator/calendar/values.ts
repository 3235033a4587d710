import { errors } from '../errors';
import { isLocalDateTime, resolveTimeZone, zonedToUtc } from '../timezones';
import type { DateTimeTimeZone, EmailAddress, ItemBody } from './records';

/** Strict readers for the complex values Exchange takes (itemBody, dateTimeTimeZone, recipients). */

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function expectObject(value: unknown, what: string): Json {
  if (!isObject(value)) throw errors.requestBodyRead(`'${what}' must be a JSON object.`);
  return value;
}

/** Keys outside `allowed` are 400 (annotations with '@' pass). */
export function checkKeys(value: Json, allowed: readonly string[], type: string): void {
  const unknown = Object.keys(value).find((k) => !k.startsWith('@') && !allowed.includes(k));
  if (unknown) throw errors.unknownExchangeProperty(unknown, type);
}

export function readString(value: unknown, what: string): string {
  if (typeof value !== 'string') throw errors.requestBodyRead(`'${what}' must be a string.`);
  return value;
}

export function readBoolean(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') throw errors.requestBodyRead(`'${what}' must be true or false.`);
  return value;
}

/** Enum values are case-insensitive in requests, as Exchange reads them. */
export function readEnum<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  const found = allowed.find((a) => typeof value === 'string' && a.toLowerCase() === value.toLowerCase());
  if (!found)
    throw errors.requestBodyRead(`'${what}' must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}.`);
  return found;
}

export function readItemBody(value: unknown, what = 'body'): ItemBody {
  const body = expectObject(value, what);
  checkKeys(body, ['contentType', 'content'], 'Microsoft.OutlookServices.ItemBody');
  const contentType =
    body.contentType === undefined ? 'text' : readEnum(body.contentType, ['text', 'html'], `${what}.contentType`);
  return { contentType, content: body.content === undefined ? '' : readString(body.content, `${what}.content`) };
}

export interface ZonedInstant {
  utc: Date;
  /** the zone name as sent */
  timeZone: string;
}

export function readDateTimeTimeZone(value: unknown, what: string): ZonedInstant {
  const dt = expectObject(value, what);
  checkKeys(dt, ['dateTime', 'timeZone'], 'Microsoft.OutlookServices.DateTimeTimeZone');
  const local = readString(dt.dateTime, `${what}.dateTime`).replace(/Z$/, '');
  if (!isLocalDateTime(local))
    throw errors.requestBodyRead(`'${what}.dateTime' is not a valid date-time: '${String(dt.dateTime)}'.`);
  if (dt.timeZone === undefined) throw errors.timeZoneNotSupported('');
  const timeZone = readString(dt.timeZone, `${what}.timeZone`);
  const iana = resolveTimeZone(timeZone);
  if (!iana) throw errors.timeZoneNotSupported(timeZone);
  return { utc: zonedToUtc(local, iana), timeZone };
}

/** Kept as sent (To Do stores the zone it was given). */
export function readDateTimeTimeZoneRecord(value: unknown, what: string): DateTimeTimeZone {
  const { timeZone } = readDateTimeTimeZone(value, what);
  const dt = value as { dateTime: string };
  return { dateTime: dt.dateTime.replace(/Z$/, ''), timeZone };
}

const ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

export function readEmailAddress(value: unknown, what: string): EmailAddress {
  const email = expectObject(value, `${what}.emailAddress`);
  checkKeys(email, ['address', 'name'], 'Microsoft.OutlookServices.EmailAddress');
  const address = typeof email.address === 'string' ? email.address.trim() : '';
  if (!ADDRESS.test(address)) {
    throw errors.invalidRecipients(
      `Recipient '${address}' isn't resolved. All recipients must be resolved before a message can be submitted.`,
    );
  }
  const name = email.name === undefined || email.name === null ? address : readString(email.name, `${what}.name`);
  return { name, address };
}

/** A recipient: `{ emailAddress: { address, name? } }`. */
export function readRecipient(value: unknown, what: string): EmailAddress {
  const recipient = expectObject(value, what);
  checkKeys(recipient, ['emailAddress'], 'Microsoft.OutlookServices.Recipient');
  return readEmailAddress(recipient.emailAddress, what);
}

export function readArray(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw errors.requestBodyRead(`'${what}' must be an array.`);
  return value;
}

export function readStringArray(value: unknown, what: string): string[] {
  return readArray(value, what).map((v, i) => readString(v, `${what}[${i}]`));
}
