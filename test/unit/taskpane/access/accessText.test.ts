import { type Capability, GRANTS } from '../../../../src/domain/grants';
import { accessStrings } from '../../../../src/taskpane/access/accessStrings';
import { en } from '../../../../src/taskpane/access/accessStrings.en';
import { accessText } from '../../../../src/taskpane/access/accessText';

const { blockedText, capabilityLabel, grantInstruction } = accessText(accessStrings.de);

const names = {
  site: 'contoso.sharepoint.com:/sites/Integration',
  listName: 'Vernetzungstreffen',
  venueListName: 'Treffpunkt-Orte',
  settingsListName: 'Treffpunkt-Einstellungen',
  needsListName: 'Treffpunkt-Bedarfe',
};
const capabilities = Object.keys(GRANTS) as Capability[];

describe('what IT must grant, in German', () => {
  it('has a label, what it blocks and an instruction for every capability', () => {
    for (const capability of capabilities) {
      expect(capabilityLabel(capability, names)).not.toBe('');
      expect(blockedText[GRANTS[capability].blocks]).not.toBe('');
      expect(grantInstruction(capability, names)).toMatch(/\S/);
    }
  });

  it('names a permission with where it is granted and its alternatives', () => {
    expect(grantInstruction('sentItems', names)).toBe(
      'Mail.ReadBasic (oder: Mail.Read): Microsoft Graph, delegierte Berechtigung mit Administratorzustimmung (Entra ID, App-Registrierung)',
    );
    expect(grantInstruction('listExpansion', names, 'User.ReadBasic.All')).toMatch(
      /^User\.ReadBasic\.All: Microsoft Graph/,
    );
  });

  it('names a role on the site, or on the list alone', () => {
    expect(grantInstruction('site', names, 'read')).toBe(
      `Rolle „read“ (lesen) für die App Treffpunkt auf der Website ${names.site}, vergeben über Sites.Selected (Microsoft Graph, delegiert)`,
    );
    expect(grantInstruction('venuesList', names, 'manage')).toContain(
      '(oder nur auf der Liste „Treffpunkt-Orte“ über Lists.SelectedOperations.Selected)',
    );
    expect(grantInstruction('meetingsList', names)).toMatch(/^Sites\.Selected .*; dazu die Rolle „write“/);
  });
});

describe('what IT must grant, in English', () => {
  const english = accessText(en);

  it('has every sentence in English too', () => {
    for (const capability of capabilities) {
      expect(english.capabilityLabel(capability, names)).not.toBe('');
      expect(english.blockedText[GRANTS[capability].blocks]).not.toBe('');
      expect(english.grantInstruction(capability, names)).not.toMatch(/Rolle|Berechtigung|Website|dazu/);
    }
  });

  it('names the role on the site, or on the list alone', () => {
    expect(english.grantInstruction('venuesList', names, 'manage')).toBe(
      `role “manage” (create lists and columns) for the app Treffpunkt on the site ${names.site} (or only on the ` +
        'list “Treffpunkt-Orte” through Lists.SelectedOperations.Selected), granted through Sites.Selected ' +
        '(Microsoft Graph, delegated)',
    );
  });
});
