import {
  buildPhotoPoster,
  noticeBlocks,
  OPT_OUT_LINES,
  POSTER_HEADLINE,
} from '../../../../src/domain/documents/photoPoster';
import { PRIVACY_OFFICER_PLACEHOLDER, RETENTION_PLACEHOLDER } from '../../../../src/domain/invitation';
import type { Meeting } from '../../../../src/domain/planning';
import { defaultTeamSettings } from '../../../../src/domain/settings';
import { expectEveryElement } from '../../../fixtures/photoNoticeElements';
import { plannedMeeting } from '../../../fixtures/plannedMeeting';
import { blocksOf, modelText } from './modelText';

const settings = defaultTeamSettings('vernetzung-ehrenamt@landkreis-northeim.de');

describe('buildPhotoPoster', () => {
  const a4 = buildPhotoPoster(plannedMeeting, settings, 'A4');
  const a3 = buildPhotoPoster(plannedMeeting, settings, 'A3');
  const text = modelText(a4);

  it('comes in A4 and A3, each with its own file name', () => {
    expect(a4.page).toEqual({ size: 'A4', orientation: 'portrait' });
    expect(a3.page).toEqual({ size: 'A3', orientation: 'portrait' });
    expect(a4.fileName).toBe('2027-03-16 Fotohinweis A4');
    expect(a3.fileName).toBe('2027-03-16 Fotohinweis A3');
    expect(a4.kind).toBe('fotohinweis');
  });

  it('opens with the funding line, then in large type: that photos are taken and how to opt out', () => {
    expect(a4.blocks[0]?.kind).toBe('funding');
    expect(a4.blocks[1]).toEqual({ kind: 'heading', level: 1, text: POSTER_HEADLINE });
    const poster = blocksOf(a4, 'paragraph').filter((p) => p.size === 'poster');
    expect(poster.map((p) => p.text)).toEqual(OPT_OUT_LINES);
    expect(poster[1]?.text).toContain('Sagen Sie es bitte dem Organisationsteam');
  });

  it('carries the notice as the settings hold it, every element there and every placeholder filled', () => {
    expectEveryElement(text);
    expect(text).not.toContain(PRIVACY_OFFICER_PLACEHOLDER);
    expect(text).not.toContain(RETENTION_PLACEHOLDER);
    expect(text).toContain(`Datenschutzbeauftragte*r: ${settings.privacyOfficer}.`);
    expect(text).toContain('Speicherdauer: 24 Monate nach dem Treffen');
  });

  it('takes the notice’s own first line as its heading, and sets the notice in the same small type on A4 and A3', () => {
    expect(blocksOf(a4, 'heading').map((h) => h.text)).toContain('Hinweis zu Fotos beim Treffen');
    const sizes = (model: typeof a4) =>
      new Set(
        blocksOf(model, 'paragraph')
          .filter((p) => p.text.startsWith('Rechtsgrundlage'))
          .map((p) => p.size),
      );
    expect(sizes(a4)).toEqual(new Set(['small']));
    expect(sizes(a3)).toEqual(new Set(['small']));
  });

  it('fills a team’s own text with its settings, and gives a text without a title line a heading', () => {
    const own = {
      ...settings,
      privacyOfficer: 'Frau Ümit Kaya, datenschutz@example.org',
      retentionMonths: 1,
      photoNotice: {
        enabled: true,
        text: `Fotos werden {Speicherdauer} gespeichert. Fragen an ${PRIVACY_OFFICER_PLACEHOLDER}.`,
      },
    };
    expect(noticeBlocks(own)).toEqual([
      { kind: 'heading', level: 2, text: 'Hinweis zum Datenschutz' },
      {
        kind: 'paragraph',
        text: 'Fotos werden 1 Monat gespeichert. Fragen an Frau Ümit Kaya, datenschutz@example.org.',
        size: 'small',
      },
    ]);
  });

  it('says the meeting, its date and place, and shows the funding line', () => {
    expect(text).toContain('Vernetzungstreffen der Ehrenamtskoordination – Dienstag, 16. März 2027');
    expect(text).toContain('Kreishaus Northeim, Medenheimer Straße 6/8, 37154 Northeim');
    expect(text.split('Dienstag, 16. März 2027')).toHaveLength(2);
    expect(blocksOf(a4, 'funding')).toEqual([
      { kind: 'funding', statement: settings.fundingStatement, size: 'normal' },
    ]);
  });

  it('adds the date when the meeting’s own title lacks it, and leaves out a place not yet set', () => {
    const own: Meeting = { ...plannedMeeting, title: 'Sommertreffen der Ehrenamtlichen' };
    delete own.venue;
    const lines = blocksOf(buildPhotoPoster(own, settings, 'A4'), 'paragraph').slice(0, 2);
    expect(lines.map((p) => p.text)).toEqual(['Sommertreffen der Ehrenamtlichen', 'Dienstag, 16. März 2027']);
  });
});
