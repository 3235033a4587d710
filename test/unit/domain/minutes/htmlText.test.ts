import { minutesHtml, textFromHtml } from '../../../../src/domain/minutes';
import { heldMeeting } from '../../../fixtures/heldMeeting';

describe('textFromHtml', () => {
  it('reads the seeded minutes and the pane’s own as lines', () => {
    expect(textFromHtml('<p><strong>Teilnehmende:</strong> 13</p><p>Zahl &amp; Lage</p>')).toBe(
      'Teilnehmende: 13\nZahl & Lage',
    );
    const text = textFromHtml(minutesHtml(heldMeeting, { names: false }));
    expect(text).toContain(
      'TOP 2: Aktuelles aus dem Landkreis\nSprachkurse in Uslar starten im April.\nFreie Plätze in Dassel.',
    );
    expect(text).toContain('Beschlüsse\n• Die Checkliste des Jobcenters wird über den Verteiler geteilt.');
    expect(text).toContain('Fahrdienste zu Terminen <in Göttingen>.');
  });

  it('drops scripts, styles and every tag, decoding entities to plain characters', () => {
    const html =
      '<div class="ExternalClass1"><script>alert(1)</script><style>p{}</style><p onclick="x()">a&nbsp;b&#x20AC;&#8364;&bogus;</p></div>';
    expect(textFromHtml(html)).toBe('a b€€&bogus;');
    expect(textFromHtml('<ul><li>eins</li><li>zwei</li></ul><br/>drei')).toBe('• eins\n• zwei\n\ndrei');
  });
});
