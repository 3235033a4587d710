import { timingSafeEqual } from 'node:crypto';
import type { SiteRecord } from '../state';
import type { DriveItemRecord, DriveRecord } from './records';

/**
 * Pre-authenticated download URLs as SharePoint hands them out (`…/_layouts/15/download.aspx?UniqueId=…&tempauth=…`):
 * no bearer token needed, valid a few minutes (Learn "Download driveItem content"). The tempauth is
 * the drive, item and expiry, signed with the emulator's secret.
 */
export const DOWNLOAD_LIFETIME_SECONDS = 300;
export const DOWNLOAD_PATH = /^(\/sites\/[^?]+)?\/_layouts\/15\/download\.aspx$/i;

export interface DownloadGrant {
  driveId: string;
  itemId: string;
}

export class DownloadLinks {
  constructor(
    private readonly mac: (text: string) => string,
    private readonly now: () => Date,
  ) {}

  url(origin: string, site: SiteRecord, drive: DriveRecord, item: DriveItemRecord): string {
    const expires = Math.floor(this.now().getTime() / 1000) + DOWNLOAD_LIFETIME_SECONDS;
    const payload = Buffer.from(JSON.stringify({ d: drive.id, i: item.id, e: expires })).toString('base64url');
    const tempauth = `${payload}.${this.mac(payload)}`;
    return `${origin}${site.path}/_layouts/15/download.aspx?UniqueId=${item.guid}&tempauth=${tempauth}&ApiVersion=2.0`;
  }

  /** The drive and item a tempauth grants, 'expired', or undefined when it is not one of ours. */
  check(tempauth: string | null): DownloadGrant | 'expired' | undefined {
    const [payload, signature, extra] = (tempauth ?? '').split('.');
    if (!payload || !signature || extra !== undefined) return undefined;
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      d: string;
      i: string;
      e: number;
    };
    if (claims.e * 1000 < this.now().getTime()) return 'expired';
    return { driveId: claims.d, itemId: claims.i };
  }
}
