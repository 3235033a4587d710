import { emptyMinutes } from '../../../../src/domain/minutes';
import {
  actionAdded,
  actionChanged,
  decisionAdded,
  decisionChanged,
  decisionRemoved,
  noteSet,
  participantNamesOf,
} from '../../../../src/taskpane/protokoll/minutesChanges';
import { plannedMeeting } from '../../../fixtures/plannedMeeting';

describe('changes to the minutes', () => {
  it('keeps a note while it has text and drops it when emptied', () => {
    const noted = noteSet('top-1', 'Begrüßung durch die Koordinierungsstelle.')(emptyMinutes());
    expect(noted.notes).toEqual({ 'top-1': 'Begrüßung durch die Koordinierungsstelle.' });
    expect(noteSet('top-1', '')(noted).notes).toEqual({});
  });

  it('adds, changes and removes a decision by its id', () => {
    const added = decisionAdded('d1')(emptyMinutes());
    expect(added.decisions).toEqual([{ id: 'd1', text: '' }]);
    const changed = decisionChanged('d1', 'Die Checkliste wird verschickt.')(added);
    expect(changed.decisions).toEqual([{ id: 'd1', text: 'Die Checkliste wird verschickt.' }]);
    expect(decisionRemoved('d1')(changed).decisions).toEqual([]);
  });

  it('drops an action item’s emptied due date', () => {
    const dated = actionChanged('a1', { what: 'Checkliste verschicken', due: '2027-04-30' })(
      actionAdded('a1')(emptyMinutes()),
    );
    expect(dated.actionItems).toEqual([{ id: 'a1', what: 'Checkliste verschicken', who: '', due: '2027-04-30' }]);
    expect(actionChanged('a1', { due: '' })(dated).actionItems).toEqual([
      { id: 'a1', what: 'Checkliste verschicken', who: '' },
    ]);
  });

  it('names the participants the privacy guard leaves alone: attendance, speaker, presenters', () => {
    const attendance = [
      { id: 'w1', name: 'Petra Lindner', initiative: '', address: '', present: true, source: 'walk-in' as const },
    ];
    const names = participantNamesOf(attendance, plannedMeeting.speaker.name, plannedMeeting.agenda);
    expect(names[0]).toBe('Petra Lindner');
    expect(names).toContain(plannedMeeting.speaker.name);
    expect(names).not.toContain('');
  });
});
