import { act, renderHook } from '@testing-library/react';
import { AppError } from '../../../src/domain/appError';
import type { Meeting } from '../../../src/domain/planning';
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

describe('usePlanSync: the minutes are filed when the user leaves', () => {
  const typed = (meeting: Meeting): Meeting => ({
    ...meeting,
    minutes: { notes: { top1: 'Begrüßung' }, decisions: [], actionItems: [], attendance: [] },
  });

  function started() {
    const saveMeeting = jest.fn(() => Promise.resolve({ itemId: '9', etag: '"2"' }));
    const planning = fakeGateway({ planning: { saveMeeting } }).planning;
    const { result, unmount } = renderHook(() => usePlanSync({ planning, drafts: createBrowserStore(null), now }));
    act(() => result.current.setDraft({ meeting: { ...plannedMeeting, status: 'durchgeführt' }, dirty: false }));
    act(() => result.current.update(typed));
    return { saveMeeting, unmount };
  }

  it('leaving a text field saves what waits for the pause at once', async () => {
    const { saveMeeting, unmount } = started();
    const field = document.body.appendChild(document.createElement('textarea'));
    act(() => void field.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(saveMeeting).toHaveBeenCalledTimes(1);
    field.remove();
    unmount();
  });

  it('the pane going out of sight or closing saves it too; leaving a checkbox does not', async () => {
    const { saveMeeting, unmount } = started();
    const box = document.body.appendChild(Object.assign(document.createElement('input'), { type: 'checkbox' }));
    act(() => void box.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(saveMeeting).not.toHaveBeenCalled();
    act(() => void window.dispatchEvent(new Event('pagehide')));
    await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(saveMeeting).toHaveBeenCalledTimes(1);
    box.remove();
    unmount();
  });
});
