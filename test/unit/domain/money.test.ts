import { formatDecimalDe, formatEuro, parseEuro, perParticipant, sumCents } from '../../../src/domain/money';

const cents = (input: string): number | string => {
  const result = parseEuro(input);
  return result.ok ? result.cents : result.message;
};

describe('parseEuro', () => {
  it.each([
    ['12,50', 1250],
    ['12', 1200],
    ['12,5', 1250],
    ['12,', 1200],
    [',50', 50],
    ['0,05', 5],
    ['0', 0],
    ['1.234,56', 123456],
    ['1.234', 123400],
    ['1.234.567,89', 123456789],
    [' 12,50 € ', 1250],
    ['€ 12,50', 1250],
    ['12,50 EUR', 1250],
    ['12,50\u00a0€', 1250],
    ['12 Euro', 1200],
  ])('reads %j as %i cents', (input, expected) => {
    expect(cents(input)).toBe(expected);
  });

  it('reads a single dot with one or two decimals as the decimal point a user meant', () => {
    expect(cents('12.50')).toBe(1250);
    expect(cents('12.5')).toBe(1250);
    expect(cents('0.99')).toBe(99);
  });

  it('reads a dot with three digits after it as thousands, the German way', () => {
    expect(cents('1.234')).toBe(123400);
    expect(cents('12.500')).toBe(1250000);
  });

  it('rejects negative amounts and says what to do', () => {
    expect(cents('-0,50')).toBe('Beträge können nicht negativ sein. Bitte den Betrag ohne Minus eingeben, z. B. 0,50.');
    expect(cents('−3')).toContain('nicht negativ');
  });

  it('never rounds silently', () => {
    expect(cents('12,505')).toBe('Bitte höchstens zwei Nachkommastellen (Cent) eingeben, z. B. 12,50.');
    expect(cents('12.505,5')).toBe(1250550);
  });

  it('explains English thousands separators', () => {
    expect(cents('1,234.56')).toBe('Bitte das Komma für die Cent verwenden und Punkte für Tausender, z. B. 1.234,56.');
  });

  it.each(['', '   ', '€', 'zwölf', '12,50,1', '1.23.4', '12 50', '1.2345', ',', '12..5', '0x10', '1e3'])(
    'rejects %j with a German hint',
    (input) => {
      const result = parseEuro(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/Betrag|Cent/);
    },
  );

  it('names what is missing when nothing was typed', () => {
    expect(cents('')).toBe('Der Betrag fehlt. Bitte einen Betrag wie 12,50 eingeben.');
  });

  it('rejects amounts beyond safe integers', () => {
    expect(cents('9'.repeat(20))).toContain('zu groß');
  });
});

describe('formatEuro', () => {
  it('formats with thousands separator, comma and a no-break space before €', () => {
    expect(formatEuro(123456)).toBe('1.234,56\u00a0€');
    expect(formatEuro(0)).toBe('0,00\u00a0€');
    expect(formatEuro(5)).toBe('0,05\u00a0€');
    expect(formatEuro(2490)).toBe('24,90\u00a0€');
  });

  it('round-trips through parseEuro', () => {
    for (const value of [0, 1, 99, 1250, 123456, 100000000]) expect(cents(formatEuro(value))).toBe(value);
  });
});

describe('formatDecimalDe', () => {
  it('writes a German decimal without thousands separator', () => {
    expect(formatDecimalDe(123456)).toBe('1234,56');
    expect(formatDecimalDe(1250)).toBe('12,50');
    expect(formatDecimalDe(5)).toBe('0,05');
    expect(formatDecimalDe(0)).toBe('0,00');
    expect(formatDecimalDe(-1250)).toBe('-12,50');
  });
});

describe('sumCents and perParticipant', () => {
  it('sums integer cents exactly', () => {
    expect(sumCents([10, 20, 30])).toBe(60);
    expect(sumCents(Array.from({ length: 10 }, () => 10))).toBe(100);
    expect(sumCents([])).toBe(0);
  });

  it('rounds the share half up to whole cents', () => {
    expect(perParticipant(1000, 3)).toBe(333);
    expect(perParticipant(2000, 3)).toBe(667);
    expect(perParticipant(5, 2)).toBe(3);
    expect(perParticipant(7470, 12)).toBe(623);
    expect(perParticipant(0, 12)).toBe(0);
  });

  it('has no share without participants', () => {
    expect(perParticipant(1000, 0)).toBeNull();
    expect(perParticipant(1000, -1)).toBeNull();
    expect(perParticipant(1000, 2.5)).toBeNull();
  });
});
