import { defaultTeamSettings } from '../../../../src/domain/settings';
import { draftOf, openSettingsDraft, settingsFromDraft } from '../../../../src/taskpane/einstellungen/settingsForm';
import { settingsStrings } from '../../../../src/taskpane/einstellungen/settingsStrings';

const german = settingsStrings.de.errors;

describe('team settings form', () => {
  const settings = {
    ...defaultTeamSettings('vernetzung-ehrenamt@landkreis-northeim.de'),
    optionalAttendees: [{ name: 'Flüchtlingssozialarbeit', address: 'fsa@landkreis-northeim.de' }],
  };

  it('round-trips the settings through the form', () => {
    expect(settingsFromDraft(draftOf(settings), german)).toEqual({ ok: true, settings });
  });

  it('names every field to fix in German', () => {
    const result = settingsFromDraft(
      {
        ...draftOf(settings),
        distributionList: 'verteiler',
        optionalAttendees: 'Sprachkoordination <kein-mail>',
        photoNoticeEnabled: true,
        photoNoticeText: ' ',
        budget: '-5',
        hosts: 'zwei',
      },
      german,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual([
      'budget',
      'distributionList',
      'hosts',
      'optionalAttendees',
      'photoNoticeText',
    ]);
    expect(result.errors.optionalAttendees).toContain('„Sprachkoordination <kein-mail>“');
    expect(result.errors.budget).toContain('nicht negativ');
  });

  it('allows no budget and a switched-off photo notice', () => {
    const result = settingsFromDraft(
      {
        ...draftOf(settings),
        budget: '',
        photoNoticeEnabled: false,
        photoNoticeText: '',
      },
      german,
    );
    expect(result).toMatchObject({ ok: true, settings: { budgetPerMeetingCents: 0, photoNotice: { enabled: false } } });
  });
});

describe('openSettingsDraft', () => {
  const settings = defaultTeamSettings('vernetzung-ehrenamt@landkreis-northeim.de');

  it('starts from the team’s settings when nothing usable was kept on this device', () => {
    for (const stored of [null, undefined, 'x', { budget: '99' }, { base: {}, draft: { budget: 99 } }]) {
      expect(openSettingsDraft(stored, settings)).toEqual({
        base: draftOf(settings),
        draft: draftOf(settings),
        stale: false,
      });
    }
  });

  it('keeps what was typed, stale only when the team’s settings changed since', () => {
    const draft = { ...draftOf(settings), budget: '99' };
    expect(openSettingsDraft({ base: draftOf(settings), draft }, settings)).toEqual({
      base: draftOf(settings),
      draft,
      stale: false,
    });
    const changed = { ...settings, hosts: 3 };
    expect(openSettingsDraft({ base: draftOf(settings), draft }, changed).stale).toBe(true);
  });
});
