import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { Invitation } from '../../../domain/invitation';
import { formatLongDate } from '../../../domain/planning';
import { type Fact, FactList } from '../../components/FactList';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import { einladungStrings, type InvitationStrings } from '../einladungStrings';

type PreviewStrings = InvitationStrings['preview'];

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  frame: {
    width: '100%',
    minHeight: '12rem',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: '#ffffff',
  },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** The body as a mail client shows it: a plain document, no scripts, readable at any width. */
function bodyDocument(bodyHtml: string): string {
  return (
    '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Einladung</title>' +
    '<style>body{font-family:Calibri,Arial,sans-serif;font-size:15px;line-height:1.4;color:#201f1e;' +
    'background:#fff;margin:8px;overflow-wrap:anywhere}h2,h3{font-size:16px}table{max-width:100%}</style>' +
    `</head><body>${bodyHtml}</body></html>`
  );
}

/** Subject, time, place and who is invited (optional guests and the room only where there are any). */
function facts(strings: PreviewStrings, invitation: Invitation): Fact[] {
  const names = (type: string) => invitation.attendees.filter((a) => a.type === type).map((a) => a.name || a.address);
  const [optional, room] = [names('optional'), names('resource')];
  const { start, end } = invitation;
  const when = `${formatLongDate(start.slice(0, 10))}, ${strings.hours(start.slice(11, 16), end.slice(11, 16))}`;
  return [
    [strings.subject, invitation.subject],
    [strings.when, when],
    [strings.where, invitation.location?.displayName ?? strings.noVenue],
    [strings.to, names('required').join(', ')],
    ...(optional.length ? [[strings.cc, optional.join(', ')] as const] : []),
    ...(room.length ? [[strings.room, room.join(', ')] as const] : []),
  ];
}

/**
 * The invitation as an invitee receives it: subject, time, place, who is invited, then the body in a
 * sandboxed frame (no scripts; the body is built from escaped text).
 */
export function PreviewSection({ invitation }: { invitation: Invitation }) {
  const styles = useStyles();
  const strings = useLocalized(einladungStrings).preview;
  const [height, setHeight] = useState<number>();
  const fit = useCallback((frame: HTMLIFrameElement | null) => {
    const measure = () => {
      const doc = frame?.contentDocument;
      if (doc?.body) setHeight(doc.documentElement.scrollHeight + 4);
    };
    frame?.addEventListener('load', measure);
  }, []);
  return (
    <Section heading={strings.heading}>
      <div className={styles.card}>
        <FactList facts={facts(strings, invitation)} />
        <iframe
          ref={fit}
          className={styles.frame}
          title={strings.frameTitle}
          sandbox="allow-same-origin"
          srcDoc={bodyDocument(invitation.bodyHtml)}
          style={height ? { height } : undefined}
        />
        <p className={styles.hint}>{strings.reminder(invitation.reminderMinutes)}</p>
      </div>
    </Section>
  );
}
