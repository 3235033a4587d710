import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkJsonManifest, schemaErrors, sourceTree } from './manifestScripts';

interface UnifiedManifest {
  name: { short: string };
  icons: { color: string; outline: string };
  extensions: Array<{
    ribbons: Array<{ contexts: string[]; tabs: Array<{ groups: Array<{ controls: Array<{ actionId: string }> }> }> }>;
  }>;
}

const root = path.join(__dirname, '..', '..', '..');
const tree = sourceTree(root);
const text = readFileSync(path.join(root, 'manifest', 'manifest.json'), 'utf8');
const fresh = () => JSON.parse(text) as UnifiedManifest;

describe('the unified manifest checks', () => {
  it('validate against the schema bundled with office-addin-manifest, offline', async () => {
    expect(await schemaErrors(fresh(), tree)).toEqual([]);
    const broken = fresh();
    broken.name.short = 'Treffpunkt für das Vernetzungstreffen';
    broken.extensions[0]!.ribbons[0]!.contexts = ['mailReed'];
    const errors = await schemaErrors(broken, tree);
    expect(errors).toEqual([expect.stringMatching(/^\/name\/short/), expect.stringMatching(/contexts\/0/)]);
  });

  it('require icons of the documented sizes and buttons wired to runtime actions', () => {
    const broken = fresh();
    broken.icons.color = 'assets/icon-128.png';
    broken.extensions[0]!.ribbons[1]!.tabs[0]!.groups[0]!.controls[0]!.actionId = 'missing';
    expect(checkJsonManifest(broken, tree).errors).toEqual([
      expect.stringMatching(/icons\.color.*192×192/),
      expect.stringMatching(/actionId "missing"/),
      expect.stringMatching(/meetingDetailsOrganizer: keine Schaltfläche/),
    ]);
  });
});
