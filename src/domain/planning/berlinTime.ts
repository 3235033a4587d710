import type { PlainDate } from './plainDate';

/** Wall-clock time in the county: Europe/Berlin, with daylight saving. */
export const TIME_ZONE = 'Europe/Berlin';

/** Made on first use: a time zone's formatter costs ICU's set-up (about 25 ms), not needed before the first read. */
let berlinFormat: Intl.DateTimeFormat | undefined;
const partsFormat = () =>
  (berlinFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }));

/** Berlin's local date and time of an instant. */
export function berlinParts(instant: Date): { date: PlainDate; time: string } {
  const parts = Object.fromEntries(
    partsFormat()
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

function offsetMinutes(instant: Date): number {
  const { date, time } = berlinParts(instant);
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant of a Berlin wall-clock time. Two passes settle the offset on the day of a change;
 * a time that does not exist (the skipped hour in March) lands an hour later, as clocks do.
 */
export function berlinToInstant(date: PlainDate, time: string): Date {
  const naive = Date.parse(`${date}T${time}:00Z`);
  let instant = new Date(naive - offsetMinutes(new Date(naive)) * 60_000);
  instant = new Date(naive - offsetMinutes(instant) * 60_000);
  return instant;
}

/** 'HH:mm' plus minutes, on a 24-hour clock (the meeting never crosses midnight). */
export function addMinutesToTime(time: string, minutes: number): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const total = (((h * 60 + m + minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export function isClockTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}
