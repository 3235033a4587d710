import { minutesMail, minutesSubject } from '../../../../src/domain/minutes';
import type { Meeting } from '../../../../src/domain/planning';
import { heldMeeting } from '../../../fixtures/heldMeeting';

const itemUrl = 'https://landkreisnortheim.sharepoint.com/sites/Integration/Lists/Vernetzungstreffen/9_.000';

describe('minutesMail', () => {
  const mail = minutesMail(heldMeeting, { itemUrl, names: false, signature: 'Miriam <Albers>' });

  it('has the German subject with the long date', () => {
    expect(mail.subject).toBe('Protokoll: Vernetzungstreffen am Dienstag, 16. März 2027');
    expect(minutesSubject(heldMeeting)).toBe(mail.subject);
  });

  it('goes to those present who have an address, once each, and names those without', () => {
    expect(mail.recipients).toHaveLength(10);
    expect(mail.recipients[0]).toEqual({ name: 'Miriam Albers', address: 'person1@initiativen.example' });
    expect(mail.withoutAddress).toEqual(['Petra Lindner', 'Ali Rahimi']);
    const twice: Meeting = {
      ...heldMeeting,
      minutes: {
        ...heldMeeting.minutes!,
        attendance: [
          ...heldMeeting.minutes!.attendance,
          {
            id: 'x',
            name: 'M. A.',
            initiative: '',
            address: 'PERSON1@initiativen.example',
            present: true,
            source: 'walk-in',
          },
          { id: 'y', name: 'Absent', initiative: '', address: 'absent@x.de', present: false, source: 'reply' },
        ],
      },
    };
    expect(minutesMail(twice, { itemUrl, names: false }).recipients).toHaveLength(10);
  });

  it('carries the minutes and a link to the list item, with every user text escaped', () => {
    expect(mail.html).toContain(`<a href="${itemUrl}">Protokoll in der SharePoint-Liste öffnen</a>`);
    expect(mail.html).toContain('<h3>TOP 1: Begrüßung und Vorstellungsrunde</h3>');
    expect(mail.html).toContain('&lt;in Göttingen&gt;');
    expect(mail.html).toContain('<p>Viele Grüße<br>Miriam &lt;Albers&gt;</p>');
    expect(mail.html).not.toContain('Petra Lindner');
  });

  it('links only to an https address', () => {
    const bad = minutesMail(heldMeeting, { itemUrl: 'javascript:alert(1)', names: false });
    expect(bad.html).not.toContain('<a ');
    const quoted = minutesMail(heldMeeting, { itemUrl: 'https://x.example/"onmouseover="x', names: false });
    expect(quoted.html).not.toContain('<a ');
  });

  it('carries one line with the link to the minutes’ PDF where one is filed, never the file', () => {
    const pdfUrl =
      'https://landkreisnortheim.sharepoint.com/sites/Integration/Freigegebene%20Dokumente/Vernetzungstreffen/' +
      '2026-12-10%20Vernetzungstreffen/2026-12-10%20Protokoll.pdf';
    const withPdf = minutesMail(heldMeeting, { itemUrl, names: false, pdfUrl });
    expect(withPdf.html).toContain(`<a href="${pdfUrl}">Protokoll (PDF) öffnen</a>`);
    expect(withPdf.html.split('Protokoll (PDF) öffnen')).toHaveLength(2);
    expect(mail.html).not.toContain('PDF');
    const bad = minutesMail(heldMeeting, { itemUrl: '', names: false, pdfUrl: 'http://x.example/p.pdf' });
    expect(bad.html).not.toContain('<a ');
  });
});
