/** A SharePoint document library as Graph shows it (a drive), with its folders and files. */
import type { ItemStamp } from '../itemStamp';

export interface DriveItemRecord extends ItemStamp {
  /** SharePoint's drive item id form: `01` and 32 base32 characters */
  id: string;
  name: string;
  /** the parent folder's id; null for the library's root folder */
  parentId: string | null;
  /** a folder (true) or a file (false) */
  isFolder: boolean;
  /** files only: byte count, the sha256 of the bytes (their name in the blob folder), the type by extension */
  size?: number;
  sha256?: string;
  mimeType?: string;
}

export interface DriveRecord {
  /** SharePoint's drive id form: `b!` and 64 base64url characters */
  id: string;
  /** the library's list id (a GUID): a `listRoles` key may use it */
  listId: string;
  /** the library's title, e.g. Dokumente */
  name: string;
  /** the library's URL name, e.g. Shared Documents */
  urlName: string;
  description: string;
  createdDateTime: string;
  /** the root folder first; every other item names its parent */
  items: DriveItemRecord[];
}
