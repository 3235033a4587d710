import { parseTypedDate, parseTypedTime, typedDateOf } from '../../../../src/domain/planning/typedDateTime';

describe('dates and times as a German user types them', () => {
  it.each([
    ['16.03.2027', '2027-03-16'],
    ['16.3.2027', '2027-03-16'],
    [' 6.3.27 ', '2027-03-06'],
    ['2027-03-16', '2027-03-16'],
    ['29.02.2028', '2028-02-29'],
  ])('reads the date %s as %s', (text, date) => {
    expect(parseTypedDate(text)).toBe(date);
  });

  it.each(['', '16.03.', '31.04.2027', '29.02.2027', '03/16/2027', '16-03-2027', '16.13.2027', 'morgen'])(
    'does not take %p as a date',
    (text) => {
      expect(parseTypedDate(text)).toBeUndefined();
    },
  );

  it('shows a stored date the German way and reads it back', () => {
    expect(typedDateOf('2027-03-06')).toBe('06.03.2027');
    expect(parseTypedDate(typedDateOf('2027-03-06'))).toBe('2027-03-06');
  });

  it.each([
    ['15:00', '15:00'],
    ['15.30', '15:30'],
    ['1530', '15:30'],
    ['9:05', '09:05'],
    ['15', '15:00'],
    ['15 Uhr', '15:00'],
    ['00:00', '00:00'],
  ])('reads the time %s as %s', (text, time) => {
    expect(parseTypedTime(text)).toBe(time);
  });

  it.each(['', '3 PM', '3:00 PM', '24:00', '15:60', '15:0', 'abc'])('does not take %p as a time', (text) => {
    expect(parseTypedTime(text)).toBeUndefined();
  });
});
