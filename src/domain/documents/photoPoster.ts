/**
 * Fotohinweis: the poster hung at the venue (A4 or A3), one sheet: first the EU emblem with the funding
 * line (so it is on the sheet even when a team's long notice runs over), then in poster type what anyone
 * passing needs: that photos are taken and how not to be in them; then the photo notice exactly as the
 * team's settings hold it, its placeholders filled as in the invitation (fillPhotoNotice). The funding
 * block is in normal size: in large size the default statement alone takes a quarter of the sheet.
 *
 * Opting out: telling the organisation team, at the start or at any time during the meeting. It needs
 * nothing at hand (no stickers or lanyards the team might not have brought), it is what the default
 * notice in the invitation already says, and at a meeting of 10 to 15 people the one who photographs
 * knows whom to leave out.
 */
import { fillPhotoNotice } from '../invitation/notices';
import { formatLongDate, type Meeting, venueAddress } from '../planning';
import type { TeamSettings } from '../settings';
import { documentOf, fundingBlocks, meetingName } from './common';
import type { Block, DocumentModel } from './documentModel';
import { meetingFileName } from './fileNames';

export type PosterSize = 'A4' | 'A3';

export type PhotoPosterSettings = Pick<
  TeamSettings,
  'photoNotice' | 'privacyOfficer' | 'retentionMonths' | 'fundingStatement'
>;

export const POSTER_HEADLINE = 'Bei diesem Treffen wird fotografiert';

/** How to opt out at the meeting, said plainly (poster type). */
export const OPT_OUT_LINES = ['Sie möchten nicht auf den Fotos sein?', 'Sagen Sie es bitte dem Organisationsteam.'];
/** When, and what follows (large type below the poster lines). */
export const OPT_OUT_DETAIL =
  'Zu Beginn oder jederzeit während des Treffens. Dann fotografieren wir Sie nicht oder machen Sie auf den ' +
  'Bildern unkenntlich.';

/**
 * The notice's type: the renderer scales an A3 page's type by √2, so one size fills both sheets alike;
 * small enough that the default notice fits on the one sheet with the poster lines.
 */
const NOTICE_SIZE = 'small';

/** A first line short and without a full stop reads as the notice's own title (the default's is). */
function splitTitle(lines: string[]): { title?: string; body: string[] } {
  const [first, ...rest] = lines;
  if (first !== undefined && rest.length > 0 && first.length <= 80 && !/[.:!?]$/.test(first)) {
    return { title: first, body: rest };
  }
  return { body: lines };
}

/**
 * The notice as the settings hold it, placeholders filled: a heading (its own title, if any), then a
 * paragraph per line, in NOTICE_SIZE.
 */
export function noticeBlocks(settings: PhotoPosterSettings): Block[] {
  const filled = fillPhotoNotice(settings.photoNotice.text, settings);
  const lines = filled
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0) return [];
  const { title, body } = splitTitle(lines);
  return [
    { kind: 'heading', level: 2, text: title ?? 'Hinweis zum Datenschutz' },
    ...body.map((text): Block => ({ kind: 'paragraph', text, size: NOTICE_SIZE })),
  ];
}

/** The date unless the meeting's name says it already, and the place where it is set. */
function whenLine(meeting: Meeting): Block[] {
  const date = formatLongDate(meeting.date);
  const parts = [meetingName(meeting).includes(date) ? '' : date, meeting.venue ? venueAddress(meeting.venue) : ''];
  const text = parts.filter(Boolean).join(', ');
  return text ? [{ kind: 'paragraph', text, size: 'large' }] : [];
}

/** The photo poster of a meeting, in A4 or A3 (the same content; the file name says the size). */
export function buildPhotoPoster(meeting: Meeting, settings: PhotoPosterSettings, size: PosterSize): DocumentModel {
  const blocks: Block[] = [
    ...fundingBlocks(settings.fundingStatement),
    { kind: 'heading', level: 1, text: POSTER_HEADLINE },
    { kind: 'paragraph', text: meetingName(meeting), size: 'large', strong: true },
    ...whenLine(meeting),
    ...OPT_OUT_LINES.map((text, i): Block => ({ kind: 'paragraph', text, size: 'poster', strong: i === 0 })),
    { kind: 'paragraph', text: OPT_OUT_DETAIL, size: 'large' },
    ...noticeBlocks(settings),
  ];
  return documentOf({
    kind: 'fotohinweis',
    title: `Fotohinweis: ${meetingName(meeting)}`,
    fileName: meetingFileName(meeting.date, `Fotohinweis ${size}`),
    page: { size, orientation: 'portrait' },
    pageNumbers: false,
    blocks,
  });
}
