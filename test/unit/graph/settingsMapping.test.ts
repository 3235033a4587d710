import { DEFAULT_FUNDING_STATEMENT, DEFAULT_PHOTO_NOTICE } from '../../../src/domain/invitation';
import { DEFAULT_PRIVACY_OFFICER, defaultTeamSettings } from '../../../src/domain/settings';
import { settingsColumns } from '../../../src/graph/listSchema';
import { settingsFromItem, settingsToFields } from '../../../src/graph/settingsMapping';
import { settingsFields } from '../../../src/emulator/seedLists/settings';

const LIST = 'vernetzung-ehrenamt@landkreis-northeim.de';
const item = (fields: Record<string, unknown>) => ({ id: '1', etag: '"1"', webUrl: 'https://x', fields });

describe('the team settings item', () => {
  it('round-trips every setting, the data-protection officer and the storage period too', () => {
    const settings = {
      ...defaultTeamSettings(LIST),
      privacyOfficer: 'Frau Beispiel, dsb@landkreis-northeim.de',
      retentionMonths: 36,
    };
    const fields = settingsToFields(settings);
    expect(fields).toMatchObject({ TpDatenschutzkontakt: settings.privacyOfficer, TpSpeicherdauerMonate: 36 });
    expect(settingsFromItem(item(fields), LIST)).toEqual(settings);
    const columns = settingsColumns.map((c) => c.name);
    for (const name of Object.keys(fields).filter((n) => n !== 'Title')) expect(columns).toContain(name);
  });

  it('gives an item from before the new columns the default contact and storage period', () => {
    const old = settingsToFields(defaultTeamSettings(LIST));
    delete old.TpDatenschutzkontakt;
    delete old.TpSpeicherdauerMonate;
    expect(settingsFromItem(item(old), LIST)).toMatchObject({
      privacyOfficer: DEFAULT_PRIVACY_OFFICER,
      retentionMonths: 24,
    });
  });

  it('does not take a storage period outside 1–120 whole months', () => {
    for (const months of [0, -3, 121, 2.5, '24']) {
      const fields = { ...settingsToFields(defaultTeamSettings(LIST)), TpSpeicherdauerMonate: months };
      expect(settingsFromItem(item(fields), LIST).retentionMonths).toBe(24);
    }
  });

  it('keeps a team’s own photo notice and funding statement, and replaces the former defaults', () => {
    const own = { TpFotohinweis: 'Beim Treffen wird fotografiert.', TpFoerderhinweis: 'Gefördert vom Land.' };
    expect(settingsFromItem(item(own), LIST)).toMatchObject({
      photoNotice: { text: own.TpFotohinweis },
      fundingStatement: own.TpFoerderhinweis,
    });
    const former = {
      TpFoerderhinweis:
        'Europa fördert: Dieses Projekt wird aus Mitteln des Asyl-, Migrations- und Integrationsfonds kofinanziert.',
    };
    expect(settingsFromItem(item(former), LIST).fundingStatement).toBe(DEFAULT_FUNDING_STATEMENT);
  });

  it('is seeded in the demo with the default texts, contact and storage period', () => {
    const seeded = settingsFromItem(item(settingsFields()), LIST);
    expect(seeded).toMatchObject({
      photoNotice: { enabled: true, text: DEFAULT_PHOTO_NOTICE },
      privacyOfficer: DEFAULT_PRIVACY_OFFICER,
      retentionMonths: 24,
      fundingStatement: DEFAULT_FUNDING_STATEMENT,
    });
  });
});
