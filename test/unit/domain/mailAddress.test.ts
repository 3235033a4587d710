import { isMailAddress } from '../../../src/domain/mailAddress';

describe('isMailAddress', () => {
  it('takes plain addresses', () => {
    for (const text of ['ali.rahimi@web.de', 'vernetzung-ehrenamt@landkreis-northeim.de', 'a+b@x.co']) {
      expect(isMailAddress(text)).toBe(true);
    }
  });

  it('refuses what Graph would refuse as a recipient', () => {
    for (const text of [
      '',
      'ali.rahimi',
      'ali@web',
      'ali rahimi@web.de',
      'a@b@web.de',
      'Ali <ali@web.de>',
      '<ali@web.de>',
    ]) {
      expect(isMailAddress(text)).toBe(false);
    }
  });
});
