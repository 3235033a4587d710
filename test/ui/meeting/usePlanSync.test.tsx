import { act, renderHook } from '@testing-library/react';
import { AppError } from '../../../src/domain/appError';
import { createBrowserStore } from '../../../src/office/browserStore';
import { usePlanSync } from '../../../src/taskpane/meeting/usePlanSync';
import { plannedMeeting } from '../../fixtures/plannedMeeting';
import { fakeGateway } from '../support/renderPane';

const now = () => new Date('2027-03-16T16:00:00Z');

function setup(saveMeeting: jest.Mock) {
  const planning = fakeGateway({ planning: { saveMeeting } }).planning;
  const { result } = renderHook(() => usePlanSync({ planning, drafts: createBrowserStore(null), now }));
  act(() => result.current.setDraft({ meeting: plannedMeeting, ref: { itemId: '9', etag: '"1"' }, dirty: true }));
  return result;
}

describe('usePlanSync: flush before switching meetings', () => {
  it('says why the open meeting is not in SharePoint: the failed save’s own error', async () => {
    const result = setup(jest.fn().mockRejectedValue(new AppError('offline', 'fetch failed')));
    let unsaved: AppError | undefined;
    await act(async () => {
      unsaved = await result.current.flush();
    });
    expect(unsaved?.code).toBe('offline');
  });

  it('waits for the save under way instead of giving up, and then has nothing left to say', async () => {
    let finish: (ref: { itemId: string; etag: string }) => void = () => undefined;
    const saveMeeting = jest.fn(() => new Promise((resolve) => (finish = resolve)));
    const result = setup(saveMeeting);
    act(() => result.current.scheduleSave(0));
    await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(saveMeeting).toHaveBeenCalledTimes(1);
    let flushed: Promise<AppError | undefined> = Promise.resolve(new AppError('unexpected', 'not yet'));
    act(() => {
      flushed = result.current.flush();
    });
    await act(async () => finish({ itemId: '9', etag: '"2"' }));
    await act(async () => expect(await flushed).toBeUndefined());
    expect(saveMeeting).toHaveBeenCalledTimes(1);
  });
});
