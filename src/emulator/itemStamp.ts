/** What the emulator keeps on every list item and drive item: the GUID and version its tags carry, and who made and last changed it when. */
export interface ItemStamp {
  /** the GUID in eTag `"{GUID},n"` (and in a file's cTag `"c:{GUID},n"`) */
  guid: string;
  /** bumped on each change of the item (eTag) and of a file's content (cTag) */
  version: number;
  createdDateTime: string;
  lastModifiedDateTime: string;
  createdById: string;
  lastModifiedById: string;
}
