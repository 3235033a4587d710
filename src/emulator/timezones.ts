/**
 * Time zones as Exchange understands them: IANA names and the Windows names Outlook sends, mapped
 * to IANA; wall-clock times converted with the platform's tz database (Intl).
 */

/** Windows zone names (CLDR windowsZones, territory 001) the county's clients may send. */
const WINDOWS_ZONES: Record<string, string> = {
  utc: 'UTC',
  'w. europe standard time': 'Europe/Berlin',
  'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw',
  'romance standard time': 'Europe/Paris',
  'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik',
  'e. europe standard time': 'Europe/Chisinau',
  'fle standard time': 'Europe/Kiev',
  'gtb standard time': 'Europe/Bucharest',
  'turkey standard time': 'Europe/Istanbul',
  'russian standard time': 'Europe/Moscow',
  'eastern standard time': 'America/New_York',
  'central standard time': 'America/Chicago',
  'mountain standard time': 'America/Denver',
  'pacific standard time': 'America/Los_Angeles',
  'tokyo standard time': 'Asia/Tokyo',
  'china standard time': 'Asia/Shanghai',
  'india standard time': 'Asia/Calcutta',
  'arabian standard time': 'Asia/Dubai',
  'aus eastern standard time': 'Australia/Sydney',
};

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/;

function isIana(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The IANA name for an IANA or Windows zone name, or undefined when unknown. */
export function resolveTimeZone(name: string): string | undefined {
  const windows = WINDOWS_ZONES[name.trim().toLowerCase()];
  if (windows) return windows;
  if (!/^[A-Za-z_+\-/0-9]+$/.test(name)) return undefined;
  return isIana(name) ? new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone : undefined;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Wall-clock fields of an instant in a zone. */
export function wallClock(
  instant: Date,
  zone: string,
): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    y: parts.year ?? 0,
    mo: parts.month ?? 1,
    d: parts.day ?? 1,
    h: parts.hour ?? 0,
    mi: parts.minute ?? 0,
    s: parts.second ?? 0,
  };
}

/** Offset of the zone from UTC at an instant, in minutes (Berlin in summer: 120). */
export function offsetMinutes(instant: Date, zone: string): number {
  const w = wallClock(instant, zone);
  const asUtc = Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** Is the text a local date-time as dateTimeTimeZone carries it (no offset, up to 7 fraction digits)? */
export function isLocalDateTime(text: string): boolean {
  return LOCAL_DATE_TIME.test(text);
}

/** `2026-12-08T15:00:00` in `Europe/Berlin` → the UTC instant (gaps resolved forward, as Exchange does). */
export function zonedToUtc(local: string, zone: string): Date {
  const m = LOCAL_DATE_TIME.exec(local);
  if (!m) throw new RangeError(`Not a local date-time: ${local}`);
  const [, y, mo, d, h, mi, s = '0', frac = '0'] = m;
  const ms = Math.floor(Number(`0.${frac}`) * 1000);
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  const first = asUtc - offsetMinutes(new Date(asUtc), zone) * 60000;
  return new Date(asUtc - offsetMinutes(new Date(first), zone) * 60000);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** An instant as Graph's dateTimeTimeZone.dateTime in a zone: `2026-12-08T15:00:00.0000000`. */
export function utcToZoned(instant: Date, zone: string): string {
  const w = wallClock(instant, zone);
  return `${w.y}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}.0000000`;
}
