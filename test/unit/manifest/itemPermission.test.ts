import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { checkJsonManifest, checkXmlManifest, sourceTree } from './manifestScripts';

const root = path.join(__dirname, '..', '..', '..');
const tree = sourceTree(root);

/**
 * Office.js calls that change the open item and need `ReadWriteItem` (learn.microsoft.com,
 * "Understanding Outlook add-in permissions": read/write item allows setting the item's properties).
 * Reading the item, notification messages, custom properties and the roaming settings need less.
 */
const ITEM_WRITES =
  /\.(setAsync|addAsync|removeAsync|prependAsync|prependOnSendAsync|appendOnSendAsync|setSelectedDataAsync|addFileAttachmentAsync|addFileAttachmentFromBase64Async|addItemAttachmentAsync|removeAttachmentAsync|disableClientSignatureAsync|sendAsync|saveAsync)\(/g;
/** Receivers whose writes are allowed with `ReadItem` or less (notifications, custom properties, roaming settings). */
const LESSER_RECEIVERS = /(notificationMessages|customProperties|[sS]ettings)\s*$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'emulator' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every call in src/ (the emulator aside) that writes to the open item, as `file: code`. */
function itemWrites(): string[] {
  return sourceFiles(path.join(root, 'src')).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(ITEM_WRITES)]
      .filter((match) => !LESSER_RECEIVERS.test(text.slice(Math.max(0, match.index - 40), match.index)))
      .map((match) => `${path.relative(root, file)}: ${match[0]}`);
  });
}

describe('the permission the manifests ask for', () => {
  it('finds writes to the item where they are (the check itself)', () => {
    const sample = 'item.body.setAsync(html, cb); item.notificationMessages.replaceAsync(k, d, cb);';
    const found = [...sample.matchAll(ITEM_WRITES)].filter(
      (m) => !LESSER_RECEIVERS.test(sample.slice(Math.max(0, m.index - 40), m.index)),
    );
    expect(found.map((m) => m[0])).toEqual(['.setAsync(']);
    expect(LESSER_RECEIVERS.test('settings')).toBe(true);
    expect(LESSER_RECEIVERS.test('item.customProperties')).toBe(true);
  });

  it('is ReadItem in both manifests, because nothing in the add-in writes to the open item', () => {
    expect(itemWrites()).toEqual([]);
    const xml = checkXmlManifest(readFileSync(path.join(root, 'manifest.xml'), 'utf8'), tree).info;
    const json = checkJsonManifest(
      JSON.parse(readFileSync(path.join(root, 'manifest', 'manifest.json'), 'utf8')),
      tree,
    ).info;
    expect(xml?.permissions).toBe('ReadItem');
    expect(json.permissions).toContain('MailboxItem.Read.User');
    expect(json.permissions).not.toContain('MailboxItem.ReadWrite.User');
  });
});
