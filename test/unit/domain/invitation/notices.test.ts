import {
  buildInvitation,
  currentFundingStatement,
  currentPhotoNotice,
  DEFAULT_FUNDING_STATEMENT,
  DEFAULT_PHOTO_NOTICE,
  fillPhotoNotice,
  PRIVACY_OFFICER_PLACEHOLDER,
  RETENTION_PLACEHOLDER,
} from '../../../../src/domain/invitation';
import { defaultTeamSettings } from '../../../../src/domain/settings';
import { expectEveryElement } from '../../../fixtures/photoNoticeElements';
import { plannedMeeting } from '../../../fixtures/plannedMeeting';

const defaults = defaultTeamSettings('vernetzung-ehrenamt@landkreis-northeim.de');

describe('the default photo notice', () => {
  const filled = fillPhotoNotice(DEFAULT_PHOTO_NOTICE, defaults);

  it('names every element of an Art. 13 notice of a public body, with the settings filled in', () => {
    expectEveryElement(filled);
    expect(filled).not.toContain('{');
  });

  it('rests documentation on the county’s task, not on consent', () => {
    expect(filled).not.toMatch(/Rechtsgrundlage ist (Ihre )?Einwilligung/);
    expect(filled.indexOf('lit. e')).toBeLessThan(filled.indexOf('lit. a'));
  });

  it('takes the data-protection officer and the storage period from the settings', () => {
    const text = fillPhotoNotice(DEFAULT_PHOTO_NOTICE, {
      privacyOfficer: 'Frau Beispiel, datenschutz@example.org',
      retentionMonths: 1,
    });
    expect(text).toContain('Datenschutzbeauftragte*r: Frau Beispiel, datenschutz@example.org.');
    expect(text).toContain('Speicherdauer: 1 Monat nach dem Treffen');
    expect(DEFAULT_PHOTO_NOTICE).toContain(PRIVACY_OFFICER_PLACEHOLDER);
    expect(DEFAULT_PHOTO_NOTICE).toContain(RETENTION_PLACEHOLDER);
  });

  it('leaves a team’s own text without placeholders as it is', () => {
    const own = 'Hinweis: Beim Treffen wird fotografiert. Fragen an das Team.';
    expect(fillPhotoNotice(own, defaults)).toBe(own);
    expect(currentPhotoNotice(own)).toBe(own);
  });

  it('replaces the former default (consent as legal basis) when a team kept it unchanged', () => {
    const former =
      'Hinweis zu Fotos: Die Koordinierungsstelle für Migration und Teilhabe des Landkreises Northeim fotografiert ' +
      'beim Treffen für ihre Öffentlichkeitsarbeit und den Nachweis gegenüber dem Fördermittelgeber. Rechtsgrundlage ' +
      'ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO). Wer nicht fotografiert werden möchte, sagt es bitte zu ' +
      'Beginn des Treffens; die Einwilligung kann jederzeit widerrufen werden. Kontakt: Koordinierungsstelle für ' +
      'Migration und Teilhabe, Kreishaus, Medenheimer Straße 6/8, 37154 Northeim.';
    expect(currentPhotoNotice(former)).toBe(DEFAULT_PHOTO_NOTICE);
  });
});

describe('the default funding statement', () => {
  it('uses the EU’s 2021–2027 wording and names the AMIF', () => {
    expect(DEFAULT_FUNDING_STATEMENT).toMatch(/^Kofinanziert von der Europäischen Union\./);
    expect(DEFAULT_FUNDING_STATEMENT).toContain('Asyl-, Migrations- und Integrationsfonds (AMIF)');
    expect(DEFAULT_FUNDING_STATEMENT).not.toContain('Europa fördert');
  });

  it('replaces the former "Europa fördert" default, keeps a team’s own text', () => {
    const former =
      'Europa fördert: Dieses Projekt wird aus Mitteln des Asyl-, Migrations- und Integrationsfonds kofinanziert.';
    expect(currentFundingStatement(former)).toBe(DEFAULT_FUNDING_STATEMENT);
    expect(currentFundingStatement('Gefördert vom Land Niedersachsen.')).toBe('Gefördert vom Land Niedersachsen.');
  });
});

describe('the invitation built from the default settings', () => {
  const body = buildInvitation(plannedMeeting, defaults).bodyHtml;
  /** The body as read: tags and entities undone. */
  const read = body
    .replace(/<br>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

  it('carries the photo notice with every element, one line each, and the funding statement', () => {
    expectEveryElement(read);
    expect(read).toContain(DEFAULT_FUNDING_STATEMENT);
    expect(body).toMatch(/>Hinweis zu Fotos beim Treffen<\/p><p style="[^"]*">Verantwortlich: Landkreis Northeim/);
    expect(body).not.toContain('{Datenschutzkontakt}');
    expect(body).not.toContain('{Speicherdauer}');
  });

  it('carries the team’s storage period and contact as saved', () => {
    const own = { ...defaults, privacyOfficer: 'dsb@landkreis-northeim.de', retentionMonths: 36 };
    const text = buildInvitation(plannedMeeting, own).bodyHtml;
    expect(text).toContain('Datenschutzbeauftragte*r: dsb@landkreis-northeim.de.');
    expect(text).toContain('Speicherdauer: 36 Monate nach dem Treffen');
  });
});
