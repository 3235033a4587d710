import { defaultTeamSettings } from '../../../../src/domain/settings';
import { settingsFromItem, settingsToFields } from '../../../../src/graph/settingsMapping';
import { openSettingsDraft } from '../../../../src/taskpane/einstellungen/keptSettingsDraft';
import { draftOf, settingsFromDraft } from '../../../../src/taskpane/einstellungen/settingsForm';
import { settingsStrings } from '../../../../src/taskpane/einstellungen/settingsStrings';

const german = settingsStrings.de.errors;
const LIST = 'vernetzung-ehrenamt@landkreis-northeim.de';
const FORM = 'https://forms.office.com/r/AbC123';
const settings = defaultTeamSettings(LIST);

describe('the call for topics in the team settings', () => {
  it('defaults to three weeks, no survey, not in the invitation', () => {
    expect(settings).toMatchObject({ callForTopicsWeeks: 3, surveyLink: '', surveyLinkInInvitation: false });
  });

  it('round-trips through the settings item; an item from before the columns reads the defaults', () => {
    const mine = { ...settings, callForTopicsWeeks: 5, surveyLink: FORM, surveyLinkInInvitation: true };
    const fields = settingsToFields(mine);
    expect(fields).toMatchObject({ TpThemenaufrufWochen: 5, TpUmfrageLink: FORM, TpUmfrageInEinladung: true });
    const item = (f: Record<string, unknown>) => ({ id: '1', etag: '"1"', webUrl: 'https://x', fields: f });
    expect(settingsFromItem(item(fields), LIST)).toEqual(mine);
    const old = { ...fields };
    delete old.TpThemenaufrufWochen;
    delete old.TpUmfrageLink;
    delete old.TpUmfrageInEinladung;
    expect(settingsFromItem(item(old), LIST)).toMatchObject({ callForTopicsWeeks: 3, surveyLink: '' });
    const broken = { ...fields, TpThemenaufrufWochen: 12, TpUmfrageLink: 'javascript:alert(1)' };
    expect(settingsFromItem(item(broken), LIST)).toMatchObject({ callForTopicsWeeks: 3, surveyLink: '' });
  });

  it('takes 1 to 8 whole weeks and an https link, with a German message at the field otherwise', () => {
    const draft = { ...draftOf(settings), callForTopicsWeeks: '9', surveyLink: 'http://forms.example.org/x' };
    expect(settingsFromDraft(draft, german)).toEqual({
      ok: false,
      errors: {
        callForTopicsWeeks: 'Bitte eine ganze Zahl von 1 bis 8 eingeben (Wochen vor der Einladung).',
        surveyLink: 'Bitte einen vollständigen Link eingeben, der mit https:// beginnt, oder das Feld leeren.',
      },
    });
    // nothing typed is lost: the draft keeps the text
    expect(draft.surveyLink).toBe('http://forms.example.org/x');
    for (const weeks of ['0', '2,5', '', 'drei']) {
      expect(settingsFromDraft({ ...draftOf(settings), callForTopicsWeeks: weeks }, german).ok).toBe(false);
    }
    const good = {
      ...draftOf(settings),
      callForTopicsWeeks: ' 8 ',
      surveyLink: ` ${FORM} `,
      surveyLinkInInvitation: true,
    };
    expect(settingsFromDraft(good, german)).toEqual({
      ok: true,
      settings: { ...settings, callForTopicsWeeks: 8, surveyLink: FORM, surveyLinkInInvitation: true },
    });
  });

  it('completes a draft kept on the device before these fields with the team’s values', () => {
    const team = { ...settings, callForTopicsWeeks: 4, surveyLink: FORM };
    const older = { ...draftOf(settings), hosts: '3' } as Record<string, unknown>;
    delete older.callForTopicsWeeks;
    delete older.surveyLink;
    delete older.surveyLinkInInvitation;
    const base = { ...draftOf(settings) } as Record<string, unknown>;
    delete base.callForTopicsWeeks;
    delete base.surveyLink;
    delete base.surveyLinkInInvitation;
    const opened = openSettingsDraft({ base, draft: older }, team);
    expect(opened.draft).toMatchObject({ hosts: '3', callForTopicsWeeks: '4', surveyLink: FORM });
  });
});
