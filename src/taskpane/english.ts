/**
 * The English of the tables the first view needs (the shell, the session, Planen and the kit), in a
 * chunk of its own: renderPane loads it before the pane renders when Outlook speaks English, so that a
 * German pane never downloads it. The tables of the other views carry both languages in
 * their own chunks.
 */
import { accessStrings } from './access/accessStrings';
import { en as access } from './access/accessStrings.en';
import { dateFieldStrings } from './components/dateTime/dateFieldStrings';
import { en as dateField } from './components/dateTime/dateFieldStrings.en';
import { kitStrings } from './components/kitStrings';
import { en as kit } from './components/kitStrings.en';
import { meetingStrings } from './meeting/meetingStrings';
import { en as meeting } from './meeting/meetingStrings.en';
import { needsStrings } from './needs/needsStrings';
import { en as needs } from './needs/needsStrings.en';
import { agendaStrings } from './planen/agendaStrings';
import { en as agenda } from './planen/agendaStrings.en';
import { callForTopicsStrings } from './planen/callForTopicsStrings';
import { en as callForTopics } from './planen/callForTopicsStrings.en';
import { openActionsStrings } from './planen/openActionsStrings';
import { en as openActions } from './planen/openActionsStrings.en';
import { planenStrings } from './planen/planenStrings';
import { en as planen } from './planen/strings/en';
import { viewFailureStrings } from './shell/viewFailureStrings';
import { en as viewFailure } from './shell/viewFailureStrings.en';
import { en as app } from './i18n/en';
import { provideEnglish } from './i18n/localized';
import { appStrings } from './i18n/useStrings';

/** Gives every table above its English. */
export function provideAllEnglish(): void {
  provideEnglish(appStrings, app);
  provideEnglish(accessStrings, access);
  provideEnglish(dateFieldStrings, dateField);
  provideEnglish(kitStrings, kit);
  provideEnglish(meetingStrings, meeting);
  provideEnglish(needsStrings, needs);
  provideEnglish(agendaStrings, agenda);
  provideEnglish(callForTopicsStrings, callForTopics);
  provideEnglish(openActionsStrings, openActions);
  provideEnglish(planenStrings, planen);
  provideEnglish(viewFailureStrings, viewFailure);
}
