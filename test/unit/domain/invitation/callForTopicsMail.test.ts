import { callForTopicsMail } from '../../../../src/domain/invitation/callForTopicsMail';
import { buildInvitation } from '../../../../src/domain/invitation';
import { type Meeting, standardAgenda } from '../../../../src/domain/planning';
import { defaultTeamSettings } from '../../../../src/domain/settings';
import { safeSurveyLink } from '../../../../src/domain/surveyLink';
import { htmlToText } from '../../../../src/emulator/calendar/html';

const LIST = 'vernetzung-ehrenamt@landkreis-northeim.de';
let n = 0;
const meeting: Meeting = {
  id: 'm1',
  date: '2027-03-16',
  startTime: '15:00',
  status: 'geplant',
  speaker: { name: 'Dr. Lena Hoffmann', organisation: 'Jobcenter', topic: 'Bürgergeld' },
  agenda: standardAgenda(() => `i${++n}`),
  adoptedSuggestions: [],
  venue: {
    id: 'v',
    name: 'Café <b>Bunt</b> & "Mehr"',
    kind: 'initiative',
    street: 'Markt 1',
    postalCode: '37574',
    town: 'Einbeck',
    notes: { stepFree: true, parking: '', publicTransport: '' },
  },
};
const FORM = 'https://forms.office.com/r/AbC123';

describe('the call for topics mail', () => {
  it('goes to the list only, with the meeting, the deadline and when the invitation follows', () => {
    const mail = callForTopicsMail({ meeting, distributionList: ` ${LIST} `, deadline: '2027-02-18', surveyLink: '' });
    expect(mail.to).toBe(LIST);
    expect(mail.subject).toBe(
      'Themen gesucht: Vernetzungstreffen der Ehrenamtskoordination am Dienstag, 16. März 2027',
    );
    expect(mail.text).toContain('Bitte antworten Sie auf diese E-Mail bis Donnerstag, 18. Februar 2027.');
    expect(mail.text).toContain('Die Einladung mit der Tagesordnung folgt bis Dienstag, 23. Februar 2027.');
    expect(mail.text).toContain('Welche Themen möchten Sie aus Ihrer Initiative einbringen?');
    expect(mail.text).not.toContain('Umfrage');
    // no one's name but the venue's: not the speaker, no suggester
    expect(mail.text).not.toContain('Hoffmann');
    expect(mail.html.startsWith('<div lang="de" style=')).toBe(true);
  });

  it('escapes the team’s text in the HTML', () => {
    const { html, text } = callForTopicsMail({
      meeting,
      distributionList: LIST,
      deadline: '2027-02-18',
      surveyLink: '',
    });
    expect(html).not.toContain('<b>');
    expect(html).toContain('Café &lt;b&gt;Bunt&lt;/b&gt; &amp; &quot;Mehr&quot;');
    expect(text).toContain('Café <b>Bunt</b> & "Mehr"');
  });

  it('carries the survey link only when it is a safe https link', () => {
    const withForm = callForTopicsMail({ meeting, distributionList: LIST, deadline: '2027-02-18', surveyLink: FORM });
    expect(withForm.html).toContain(`<a href="${FORM}">${FORM}</a>`);
    expect(withForm.text).toContain(`Umfrage ausfüllen: ${FORM}`);
    for (const bad of [
      'javascript:alert(1)',
      'http://forms.example.org',
      'https://user:pw@example.org/x',
      'https://a b',
      'data:text/html,x',
    ]) {
      const mail = callForTopicsMail({ meeting, distributionList: LIST, deadline: '2027-02-18', surveyLink: bad });
      expect(mail.html).not.toContain('<a ');
      expect(safeSurveyLink(bad)).toBeUndefined();
    }
    expect(safeSurveyLink('https://x.example/"><script>')).toBe('https://x.example/%22%3E%3Cscript%3E');
  });
});

describe('the survey link in the invitation', () => {
  const settings = { ...defaultTeamSettings(LIST), surveyLink: FORM };

  it('is a line "Umfrage: <link>" in the styled block when the team wants it', () => {
    const body = buildInvitation(meeting, { ...settings, surveyLinkInInvitation: true }).bodyHtml;
    expect(body).toContain(`Umfrage: <a href="${FORM}">${FORM}</a>`);
    expect(body.indexOf('Umfrage:')).toBeLessThan(body.lastIndexOf('</div>'));
    expect(body.indexOf('Umfrage:')).toBeLessThan(body.indexOf('Kofinanziert'));
  });

  it('reads in the plain text (the .ics DESCRIPTION) as "Umfrage: <link>" after the agenda', () => {
    const text = htmlToText(buildInvitation(meeting, { ...settings, surveyLinkInInvitation: true }).bodyHtml);
    expect(text).toContain(`Umfrage: ${FORM}`);
    expect(text.indexOf('Termine und nächstes Treffen')).toBeGreaterThan(-1);
    expect(text.indexOf('Umfrage:')).toBeGreaterThan(text.indexOf('Termine und nächstes Treffen'));
  });

  it('is left out when the switch is off or the link is not https', () => {
    expect(buildInvitation(meeting, settings).bodyHtml).not.toContain('Umfrage:');
    const unsafe = { ...settings, surveyLink: 'javascript:alert(1)', surveyLinkInInvitation: true };
    expect(buildInvitation(meeting, unsafe).bodyHtml).not.toContain('Umfrage:');
  });
});
