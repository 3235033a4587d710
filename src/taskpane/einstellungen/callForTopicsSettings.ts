import { isCallForTopicsWeeks } from '../../domain/planning/callForTopics';
import type { TeamSettings } from '../../domain/settings';
import { safeSurveyLink } from '../../domain/surveyLink';

type CallSettings = Pick<TeamSettings, 'callForTopicsWeeks' | 'surveyLink' | 'surveyLinkInInvitation'>;

/** The call for topics' part of the form, as typed. */
export interface CallForTopicsDraft {
  callForTopicsWeeks: string;
  surveyLink: string;
  surveyLinkInInvitation: boolean;
}

/** The messages at its fields, in one language. */
export interface CallForTopicsWords {
  callForTopicsWeeks: string;
  surveyLink: string;
}

/**
 * The call for topics' settings as read from the form: the weeks (a whole number 1 to 8) and the
 * survey link (empty, or an https link), with a message at the field where they cannot be read.
 */
export function callForTopicsOf(
  draft: CallForTopicsDraft,
  words: CallForTopicsWords,
): { value: CallSettings; errors: { callForTopicsWeeks: string | undefined; surveyLink: string | undefined } } {
  const weeksText = draft.callForTopicsWeeks.trim();
  const weeks = Number(weeksText);
  const weeksOk = weeksText !== '' && isCallForTopicsWeeks(weeks);
  const linkText = draft.surveyLink.trim();
  const link = linkText === '' ? '' : safeSurveyLink(linkText);
  return {
    value: { callForTopicsWeeks: weeks, surveyLink: link ?? '', surveyLinkInInvitation: draft.surveyLinkInInvitation },
    errors: {
      callForTopicsWeeks: weeksOk ? undefined : words.callForTopicsWeeks,
      surveyLink: link === undefined ? words.surveyLink : undefined,
    },
  };
}
