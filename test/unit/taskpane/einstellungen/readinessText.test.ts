import { accessStrings } from '../../../../src/taskpane/access/accessStrings';
import { accessText } from '../../../../src/taskpane/access/accessText';
import { readinessStrings } from '../../../../src/taskpane/einstellungen/readinessStrings';
import { textForIt } from '../../../../src/taskpane/einstellungen/readinessText';

const names = {
  site: 'contoso.sharepoint.com:/sites/Integration',
  listName: 'Vernetzungstreffen',
  venueListName: 'Treffpunkt-Orte',
  settingsListName: 'Treffpunkt-Einstellungen',
  needsListName: 'Treffpunkt-Bedarfe',
};
const german = { forIt: readinessStrings.de.forIt, access: accessText(accessStrings.de) };

describe('the text for IT, in German', () => {
  it('lists only what IT can grant in the text to copy', () => {
    const text = textForIt(
      [
        { capability: 'mail', status: 'missing', missing: 'Mail.Send' },
        { capability: 'nestedAppAuth', status: 'missing', note: 'popupSignIn' },
        { capability: 'profile', status: 'ok' },
      ],
      names,
      german,
    );
    expect(text.split('\n')).toHaveLength(2);
    expect(text).toContain('- E-Mail senden (Protokoll): Mail.Send: Microsoft Graph');
  });
});
