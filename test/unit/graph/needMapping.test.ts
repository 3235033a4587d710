import type { Need } from '../../../src/domain/needs';
import { needColumns } from '../../../src/graph/listSchema';
import { needFromItem, needToFields } from '../../../src/graph/needMapping';

const need: Need = {
  id: '7',
  title: 'Fahrdienste zu Arztterminen',
  firstRaised: '20.05.2026',
  initiatives: 2,
  mentions: 3,
  status: 'aufgegriffen',
  takenUpIn: '16.03.2027',
  note: 'Vor allem auf dem Land.',
  raisedBy: ['Tafel Uslar', 'Café International'],
};

describe('needs list mapping', () => {
  it('writes only columns of the needs list and reads the need back exactly', () => {
    const fields = needToFields(need);
    const names = ['Title', ...needColumns.map((c) => c.name)];
    for (const name of Object.keys(fields)) expect(names).toContain(name);
    expect(needFromItem({ id: '7', etag: '"a,1"', webUrl: '', fields })).toEqual(need);
  });

  it('reads a row a colleague typed in SharePoint: counts as text, no status, no initiatives', () => {
    const read = needFromItem({
      id: '8',
      etag: '"b,1"',
      webUrl: '',
      fields: { Title: 'Räume für Sprachcafés', TpInitiativen: '2', TpNennungen: 0 },
    });
    expect(read).toEqual({
      id: '8',
      title: 'Räume für Sprachcafés',
      firstRaised: '',
      initiatives: 2,
      mentions: 1,
      status: 'offen',
      note: '',
      raisedBy: [],
    });
  });

  it('keeps an unknown status as open', () => {
    const read = needFromItem({ id: '9', etag: '', webUrl: '', fields: { Title: 'x', TpBedarfStatus: 'vielleicht' } });
    expect(read.status).toBe('offen');
  });
});
