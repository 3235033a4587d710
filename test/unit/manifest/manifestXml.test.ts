import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkJsonManifest, checkManifests, checkXmlManifest, sourceTree } from './manifestScripts';

const root = path.join(__dirname, '..', '..', '..');
const tree = sourceTree(root);
const xml = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const json = JSON.parse(readFileSync(path.join(root, 'manifest', 'manifest.json'), 'utf8')) as Record<string, unknown>;

/** Errors for manifest.xml after replacing `from` with `to` (which must occur). */
function xmlErrorsAfter(from: string | RegExp, to: string): string[] {
  const changed = xml.replace(from, to);
  expect(changed).not.toBe(xml);
  return checkXmlManifest(changed, tree).errors;
}

describe('the repository manifests', () => {
  it('pass every offline check (schema, Outlook rules, consistency)', async () => {
    const sections = await checkManifests({ root });
    expect(sections.map((s) => s.title)).toHaveLength(4);
    for (const section of sections) expect({ [section.title]: section.errors }).toEqual({ [section.title]: [] });
  });

  it('describe a mail add-in on the read-mail and both appointment surfaces', () => {
    const { info } = checkXmlManifest(xml, tree);
    expect(info?.surfaces).toEqual([
      'MessageReadCommandSurface',
      'AppointmentOrganizerCommandSurface',
      'AppointmentAttendeeCommandSurface',
    ]);
    expect(info?.rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ItemType: 'Message', FormType: 'Read' }),
        expect.objectContaining({ ItemType: 'Appointment', FormType: 'Edit' }),
        expect.objectContaining({ ItemType: 'Appointment', FormType: 'Read' }),
      ]),
    );
    expect(info?.functionNames).toEqual(['suggestTopic']);
    expect(info?.permissions).toBe('ReadItem');
    expect(info?.supportsSharedFolders).toBe(true);
  });

  it('share one id between manifest.xml and manifest.json', () => {
    const { info } = checkXmlManifest(xml, tree);
    expect(info?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(json.id).toBe(info?.id);
    expect(checkJsonManifest(json, tree).info.contexts).toEqual([
      'mailRead',
      'meetingDetailsOrganizer',
      'meetingDetailsAttendee',
    ]);
  });
});

describe('the XML checks catch what Outlook would reject', () => {
  it.each([
    ['element order', /(<SupportsSharedFolders>true<\/SupportsSharedFolders>)(\s*)(<FunctionFile [^>]*\/>)/, '$3$2$1'],
    ['a GUID', /<Id>[^<]*<\/Id>/, '<Id>treffpunkt</Id>'],
    ['the four-part version', /<Version>[^<]*<\/Version>/, '<Version>1.0</Version>'],
    ['a rule for each surface', /\s*<Rule xsi:type="ItemIs" ItemType="Appointment" FormType="Read"\/>/, ''],
    ['unique control ids', 'id="apptAttendeeOpenPaneButton"', 'id="apptOrganizerOpenPaneButton"'],
    ['resource references', '<Label resid="Group.Label"/>', '<Label resid="Missing.Label"/>'],
    [
      'short strings of at most 125 characters',
      'DefaultValue="Als Thema vorschlagen"',
      `DefaultValue="${'x'.repeat(126)}"`,
    ],
    ['https everywhere', 'https://localhost:3000/assets/icon-80.png', 'http://localhost:3000/assets/icon-80.png'],
    ['icons that exist under assets/', 'assets/icon-32.png"/>', 'assets/icon-33.png"/>'],
    ['icons of the declared size', 'assets/icon-80.png"/>', 'assets/icon-64.png"/>'],
    ['pages the build emits', 'https://localhost:3000/commands.html', 'https://localhost:3000/functions.html'],
    ['URLs on the add-in origin or an AppDomain', 'https://localhost:3000/support.html', 'https://example.org/hilfe'],
    ['a FunctionFile for function commands', /\s*<FunctionFile resid="Commands.Url"\/>/, ''],
    ['no override for the default locale', '<Override Locale="en-US"', '<Override Locale="de-DE"'],
  ])('requires %s', (_rule, from, to) => {
    expect(xmlErrorsAfter(from, to)).not.toEqual([]);
  });

  it('reports XML that is not well-formed', () => {
    expect(checkXmlManifest(xml.replace('</OfficeApp>', ''), tree).errors[0]).toMatch(/wohlgeformt/);
  });
});
