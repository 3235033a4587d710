import { defaultTeamSettings } from '../../../../src/domain/settings';
import { openSettingsDraft } from '../../../../src/taskpane/einstellungen/keptSettingsDraft';
import { draftOf, settingsFromDraft } from '../../../../src/taskpane/einstellungen/settingsForm';
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

  it('refuses a text longer than its SharePoint column takes, keeping it as typed', () => {
    const draft = { ...draftOf(settings), privacyOfficer: 'x'.repeat(256), fundingStatement: 'y'.repeat(64_000) };
    const result = settingsFromDraft(draft, german);
    expect(result).toEqual({
      ok: false,
      errors: {
        privacyOfficer: 'Zu lang: höchstens 255 Zeichen – bitte kürzen, sonst nimmt SharePoint es nicht an.',
        fundingStatement: 'Zu lang: höchstens 63.999 Zeichen – bitte kürzen, sonst nimmt SharePoint es nicht an.',
      },
    });
    expect(draft.privacyOfficer).toHaveLength(256);
    expect(settingsFromDraft({ ...draftOf(settings), privacyOfficer: 'x'.repeat(255) }, german).ok).toBe(true);
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

describe('the data-protection officer and the storage period', () => {
  const settings = defaultTeamSettings('vernetzung-ehrenamt@landkreis-northeim.de');

  it('takes a storage period of 1 to 120 whole months', () => {
    for (const months of ['1', ' 24 ', '120']) {
      const result = settingsFromDraft({ ...draftOf(settings), retentionMonths: months }, german);
      expect(result).toMatchObject({ ok: true, settings: { retentionMonths: Number(months) } });
    }
    for (const months of ['0', '121', '2,5', 'zwei Jahre', '', '-1']) {
      const result = settingsFromDraft({ ...draftOf(settings), retentionMonths: months }, german);
      expect(result).toEqual({
        ok: false,
        errors: { retentionMonths: 'Bitte eine ganze Zahl von 1 bis 120 eingeben (Speicherdauer in Monaten).' },
      });
    }
  });

  it('asks for the data-protection officer’s contact and saves it as typed, trimmed', () => {
    const empty = settingsFromDraft({ ...draftOf(settings), privacyOfficer: '  ' }, german);
    expect(empty).toMatchObject({ ok: false, errors: { privacyOfficer: expect.stringContaining('Datenschutz') } });
    const typed = settingsFromDraft({ ...draftOf(settings), privacyOfficer: ' dsb@landkreis-northeim.de ' }, german);
    expect(typed).toMatchObject({ ok: true, settings: { privacyOfficer: 'dsb@landkreis-northeim.de' } });
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

  it('keeps a draft from before the contact and storage period were settings, with the team’s values for them', () => {
    const { privacyOfficer, retentionMonths, ...before } = { ...draftOf(settings), budget: '99' };
    const opened = openSettingsDraft({ base: { ...before, budget: '150,00' }, draft: before }, settings);
    expect(opened).toEqual({
      base: draftOf(settings),
      draft: { ...draftOf(settings), budget: '99' },
      stale: false,
    });
    expect([privacyOfficer, retentionMonths]).toEqual([settings.privacyOfficer, '24']);
  });
});
