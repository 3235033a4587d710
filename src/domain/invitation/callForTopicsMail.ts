/**
 * The call for topics as a mail to the distribution list (German, like the invitation): what the
 * initiatives want to raise and what they need, by when, and the team's survey form where it keeps one.
 * Names no one but the list; every text from the team or the plan is escaped.
 */
import {
  escapeHtml,
  formatLongDate,
  inviteDueDate,
  mailParagraph,
  type Meeting,
  type PlainDate,
  styledBlock,
} from '../planning';
import { CALL_FOR_TOPICS_SUBJECT_PREFIX } from '../planning/callForTopics';
import { safeSurveyLink } from '../surveyLink';

/** Why it cannot go out without a distribution list (the gateway's refusal; the pane's German says the same). */
export const NO_DISTRIBUTION_LIST_DE = 'Bitte in den Einstellungen die Adresse des Verteilers eingeben.';

export interface CallForTopicsMail {
  subject: string;
  /** The distribution list: the only recipient (To). */
  to: string;
  html: string;
  /** The same as plain text, for the review before sending. */
  text: string;
}

export interface CallForTopicsInput {
  meeting: Meeting;
  distributionList: string;
  deadline: PlainDate;
  /** The team's survey form ('' = none); left out unless it is a safe https link. */
  surveyLink: string;
}

/** A paragraph: its text, and a link at its end where it has one. */
interface Paragraph {
  text: string;
  link?: string;
}

export function callForTopicsSubject(meeting: Meeting): string {
  return `${CALL_FOR_TOPICS_SUBJECT_PREFIX} Vernetzungstreffen der Ehrenamtskoordination am ${formatLongDate(meeting.date)}`;
}

function paragraphs({ meeting, deadline, surveyLink }: CallForTopicsInput): Paragraph[] {
  const link = safeSurveyLink(surveyLink);
  const place = meeting.venue ? ` (${meeting.venue.name}, ${meeting.venue.town})` : '';
  return [
    { text: 'Liebe Kolleginnen und Kollegen aus den Initiativen,' },
    {
      text:
        `am ${formatLongDate(meeting.date)} um ${meeting.startTime} Uhr treffen wir uns zum nächsten ` +
        `Vernetzungstreffen der Ehrenamtskoordination${place}.`,
    },
    {
      text:
        'Welche Themen möchten Sie aus Ihrer Initiative einbringen? Und was brauchen Sie – Informationen, ' +
        'Kontakte, Fortbildung oder Unterstützung?',
    },
    { text: `Bitte antworten Sie auf diese E-Mail bis ${formatLongDate(deadline)}.` },
    ...(link ? [{ text: 'Sie können auch unsere kurze Umfrage ausfüllen: ', link }] : []),
    { text: `Die Einladung mit der Tagesordnung folgt bis ${formatLongDate(inviteDueDate(meeting.date))}.` },
    { text: 'Viele Grüße' },
  ];
}

const linkHtml = (link: string) => `<a href="${escapeHtml(link)}">${escapeHtml(link)}</a>`;

/** The call for topics for the meeting: subject, the list as recipient, HTML body in the styled block and text. */
export function callForTopicsMail(input: CallForTopicsInput): CallForTopicsMail {
  const parts = paragraphs(input);
  const html = styledBlock(
    parts
      .map((p, i) =>
        mailParagraph(escapeHtml(p.text) + (p.link ? linkHtml(p.link) : ''), i === 0 ? 'margin:0' : undefined),
      )
      .join(''),
  );
  const text = parts.map((p) => p.text + (p.link ?? '')).join('\n\n');
  return { subject: callForTopicsSubject(input.meeting), to: input.distributionList.trim(), html, text };
}
