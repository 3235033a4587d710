import {
  actionTask,
  carriedActionsFor,
  hasReviewSubItem,
  markCarried,
  mergeMeetings,
  minutesHtml,
  openActionsFor,
  REVIEW_SUB_ITEM,
  reviewItemIndex,
  taskOffered,
  withActionTodo,
  withReviewSubItem,
} from '../../../../src/domain/minutes';
import type { ActionItem, CarriedAction, Meeting } from '../../../../src/domain/planning';
import { heldMeeting } from '../../../fixtures/heldMeeting';
import { plannedMeeting } from '../../../fixtures/plannedMeeting';

const march = heldMeeting;
const june: Meeting = { ...plannedMeeting, id: 'm-2027-06', date: '2027-06-15' };
const september: Meeting = { ...plannedMeeting, id: 'm-2027-09', date: '2027-09-14' };

const withActions = (meeting: Meeting, actionItems: ActionItem[], carriedActions?: CarriedAction[]): Meeting => ({
  ...meeting,
  status: 'durchgeführt',
  minutes: { ...heldMeeting.minutes!, actionItems, ...(carriedActions ? { carriedActions } : {}) },
});

const checklist: CarriedAction = {
  id: 'a1',
  fromMeetingId: 'm-2027-03',
  fromDate: '2027-03-16',
  what: 'Checkliste verschicken',
  who: 'Miriam Albers',
  due: '2027-04-30',
  status: 'offen',
};

describe('open actions carried over', () => {
  it('carries the action items of the last meeting with minutes into the next one, open', () => {
    expect(openActionsFor(june, [march, june])).toEqual([checklist]);
    // A meeting without minutes, a cancelled one, a later one and the meeting itself pass nothing on.
    const cancelled: Meeting = {
      ...withActions({ ...march, id: 'x', date: '2027-05-01' }, [{ id: 'c', what: 'Abgesagt', who: '' }]),
      status: 'abgesagt',
    };
    const later = withActions(september, [{ id: 's', what: 'Später', who: '' }]);
    const self = withActions(june, [{ id: 'own', what: 'Eigene', who: '' }]);
    expect(openActionsFor(self, [march, cancelled, later, plannedMeeting])).toEqual([checklist]);
    expect(openActionsFor(march, [march, june])).toEqual([]);
  });

  it('leaves out empty lines and keeps an action without a due date without one', () => {
    const source = withActions(march, [
      { id: 'e', what: '  ', who: 'x' },
      { id: 'n', what: 'Flyer drucken', who: 'Uslar' },
    ]);
    expect(openActionsFor(june, [source])).toEqual([
      { id: 'n', fromMeetingId: march.id, fromDate: march.date, what: 'Flyer drucken', who: 'Uslar', status: 'offen' },
    ]);
  });

  it('applies the marks of the meeting itself; erledigt ones are no longer open', () => {
    const marked = withActions(june, [], [{ ...checklist, status: 'erledigt' }]);
    expect(carriedActionsFor(marked, [march, marked])).toEqual([{ ...checklist, status: 'erledigt' }]);
    expect(openActionsFor(marked, [march, marked])).toEqual([]);
  });

  it('travels on until done: open or unmarked actions pass to the meeting after, erledigt ones stop', () => {
    const flyer: ActionItem = { id: 'f', what: 'Flyer drucken', who: 'Uslar' };
    const second: CarriedAction = { ...checklist, id: 'a2', what: 'Raum buchen', status: 'offen' };
    const source = withActions(march, [...heldMeeting.minutes!.actionItems, { ...second, id: 'a2' }]);
    const junesMinutes = withActions(june, [flyer], [{ ...second, status: 'erledigt' }]);
    const open = openActionsFor(september, [september, junesMinutes, source]);
    expect(open.map((a) => [a.id, a.fromDate])).toEqual([
      ['f', '2027-06-15'],
      ['a1', '2027-03-16'],
    ]);
  });

  it('keeps a mark whose source changed meanwhile', () => {
    const gone: CarriedAction = { ...checklist, id: 'gone', status: 'offen' };
    const marked = withActions(june, [], [gone]);
    expect(carriedActionsFor(marked, [marked])).toEqual([gone]);
  });

  it('records a mark once per action and changes it in place', () => {
    const once = markCarried(heldMeeting.minutes!, checklist, 'erledigt');
    expect(once.carriedActions).toEqual([{ ...checklist, status: 'erledigt' }]);
    expect(markCarried(once, checklist, 'offen').carriedActions).toEqual([checklist]);
  });
});

describe('the review sub-point', () => {
  const item = (role: Meeting['agenda'][number]['role'], id: string) => ({ ...plannedMeeting.agenda[0]!, role, id });

  it('goes under the county item, else the dates item, once', () => {
    const meeting: Meeting = {
      ...plannedMeeting,
      agenda: [item('begruessung', 'b'), item('landkreis', 'l'), item('termine', 't')],
    };
    expect(reviewItemIndex(meeting.agenda)).toBe(1);
    const once = withReviewSubItem(meeting);
    expect(once.agenda[1]!.subItems).toEqual([...meeting.agenda[1]!.subItems, REVIEW_SUB_ITEM]);
    expect(hasReviewSubItem(once)).toBe(true);
    expect(withReviewSubItem(once)).toBe(once);
    const datesOnly = { ...meeting, agenda: [item('begruessung', 'b'), item('termine', 't')] };
    expect(withReviewSubItem(datesOnly).agenda[1]!.subItems).toContain(REVIEW_SUB_ITEM);
    const neither = { ...meeting, agenda: [item('weitere', 'w')] };
    expect(reviewItemIndex(neither.agenda)).toBe(-1);
    expect(withReviewSubItem(neither)).toBe(neither);
  });
});

describe('an action as a task in Microsoft To Do', () => {
  const action: ActionItem = { id: 'a1', what: 'Checkliste verschicken', who: 'Frau Albers', due: '2027-04-30' };

  it('is offered for a county colleague with a text and a due date, until made', () => {
    expect(taskOffered(action)).toBe(false);
    expect(taskOffered({ ...action, forCounty: true })).toBe(true);
    expect(taskOffered({ id: 'a1', what: 'x', who: '', forCounty: true })).toBe(false);
    expect(taskOffered({ ...action, what: ' ', forCounty: true })).toBe(false);
    expect(taskOffered({ ...action, forCounty: true, todo: { addedAt: '2027-03-16T17:00:00Z' } })).toBe(false);
  });

  it('names what and who, the meeting, and rings on the due date', () => {
    expect(actionTask({ ...action, due: '2027-04-30' }, heldMeeting)).toEqual({
      title: 'Checkliste verschicken – Frau Albers',
      body: 'Aufgabe aus dem Protokoll des Vernetzungstreffens am Dienstag, 16. März 2027 (zuständig: Frau Albers).',
      dueDate: '2027-04-30',
    });
  });

  it('is recorded once, and a merge keeps the record of either side', () => {
    const at = '2027-03-16T17:00:00Z';
    const made = withActionTodo(heldMeeting.minutes!, 'a1', at, 't-1');
    expect(made.actionItems[0]!.todo).toEqual({ addedAt: at, taskId: 't-1' });
    expect(withActionTodo(made, 'a1', '2027-03-17T08:00:00Z').actionItems[0]!.todo).toEqual({
      addedAt: at,
      taskId: 't-1',
    });
    const theirs: Meeting = { ...heldMeeting, minutes: made };
    const mine: Meeting = { ...heldMeeting, minutes: markCarried(heldMeeting.minutes!, checklist, 'erledigt') };
    const merged = mergeMeetings(mine, theirs);
    expect(merged.minutes!.actionItems[0]!.todo).toEqual({ addedAt: at, taskId: 't-1' });
    expect(merged.minutes!.carriedActions).toEqual([{ ...checklist, status: 'erledigt' }]);
  });
});

describe('carried actions in the minutes colleagues read', () => {
  it('lists the marked ones with their status after the action items, and nothing where none was marked', () => {
    const marked: Meeting = {
      ...heldMeeting,
      minutes: markCarried(
        markCarried(heldMeeting.minutes!, checklist, 'erledigt'),
        { ...checklist, id: 'b', what: 'Raum <buchen>' },
        'offen',
      ),
    };
    const html = minutesHtml(marked, { names: false });
    expect(html).toContain(
      '<h3>Aufgaben aus früheren Treffen</h3><ul><li>Checkliste verschicken – Miriam Albers – bis 30.04.2027 – ' +
        'aus dem Treffen am 16.03.2027: erledigt</li><li>Raum &lt;buchen&gt; – Miriam Albers – bis 30.04.2027 – ' +
        'aus dem Treffen am 16.03.2027: noch offen</li></ul>',
    );
    expect(html.indexOf('Aufgaben aus früheren Treffen')).toBeGreaterThan(html.indexOf('<h3>Aufgaben</h3>'));
    expect(minutesHtml(heldMeeting, { names: false })).not.toContain('früheren Treffen');
  });
});
