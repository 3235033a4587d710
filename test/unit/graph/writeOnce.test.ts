import { AppError } from '../../../src/domain/appError';
import { answerLost } from '../../../src/graph/graphErrors';
import { writeOnce } from '../../../src/graph/writeOnce';

const lost504 = () => new AppError('throttled', 'Gateway Timeout', { status: 504 });
const dropped = () => new AppError('offline', 'Microsoft 365 ist nicht erreichbar.');

describe('answerLost', () => {
  it('is a 504 or a dropped connection, never a 429 or 503 (the service did not act)', () => {
    expect(answerLost(lost504())).toBe(true);
    expect(answerLost(dropped())).toBe(true);
    expect(answerLost(new AppError('throttled', 'x', { status: 429 }))).toBe(false);
    expect(answerLost(new AppError('throttled', 'x', { status: 503 }))).toBe(false);
  });
});

describe('writeOnce', () => {
  it('looks before sending again: found means it is not sent a second time', async () => {
    const write = jest.fn().mockRejectedValueOnce(lost504()).mockResolvedValue('second');
    const result = await writeOnce({ write, lookup: () => Promise.resolve('found'), unknown: 'unklar' });
    expect(result).toEqual({ value: 'found', found: true });
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('sends once more when looking finds nothing', async () => {
    const write = jest.fn().mockRejectedValueOnce(dropped()).mockResolvedValue('second');
    const result = await writeOnce({ write, lookup: () => Promise.resolve(undefined), unknown: 'unklar' });
    expect(result).toEqual({ value: 'second', found: false });
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('says the outcome is unknown when looking fails, with what looking needed', async () => {
    const write = jest.fn().mockRejectedValue(lost504());
    const lookup = () =>
      Promise.reject(new AppError('consent-required', 'x', { capability: 'sentItems', missing: 'Mail.ReadBasic' }));
    await expect(writeOnce({ write, lookup, unknown: 'unklar' })).rejects.toMatchObject({
      code: 'unknown-outcome',
      message: 'unklar',
      details: { capability: 'sentItems', missing: 'Mail.ReadBasic' },
    });
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('gives up after two sends whose answers were both lost and found nothing', async () => {
    const write = jest.fn().mockRejectedValue(lost504());
    await expect(writeOnce({ write, lookup: () => Promise.resolve(undefined), unknown: 'u' })).rejects.toMatchObject({
      code: 'unknown-outcome',
    });
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('passes any other failure on unchanged, without looking', async () => {
    const refused = new AppError('forbidden', 'nein');
    const lookup = jest.fn();
    await expect(writeOnce({ write: () => Promise.reject(refused), lookup, unknown: 'u' })).rejects.toBe(refused);
    expect(lookup).not.toHaveBeenCalled();
  });
});
