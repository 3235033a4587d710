import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { Invitation } from '../../../domain/invitation';
import { formatLongDate } from '../../../domain/planning';
import { Section } from '../../components/Section';
import { einladungStrings } from '../einladungStrings';

const strings = einladungStrings.preview;

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
  facts: { margin: 0, display: 'grid', gap: tokens.spacingVerticalXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { marginInlineStart: 0, overflowWrap: 'anywhere' },
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

function when(invitation: Invitation): string {
  const date = invitation.start.slice(0, 10);
  return `${formatLongDate(date)}, ${invitation.start.slice(11, 16)}–${invitation.end.slice(11, 16)} Uhr`;
}

/**
 * The invitation as an invitee receives it: subject, time, place, who is invited, then the body in a
 * sandboxed frame (no scripts; the body is built from escaped text).
 */
export function PreviewSection({ invitation }: { invitation: Invitation }) {
  const styles = useStyles();
  const [height, setHeight] = useState<number>();
  const fit = useCallback((frame: HTMLIFrameElement | null) => {
    const measure = () => {
      const doc = frame?.contentDocument;
      if (doc?.body) setHeight(doc.documentElement.scrollHeight + 4);
    };
    frame?.addEventListener('load', measure);
  }, []);
  const required = invitation.attendees.filter((a) => a.type === 'required').map((a) => a.name || a.address);
  const optional = invitation.attendees.filter((a) => a.type === 'optional').map((a) => a.name || a.address);
  const room = invitation.attendees.filter((a) => a.type === 'resource').map((a) => a.name || a.address);
  const facts: [string, string][] = [
    [strings.subject, invitation.subject],
    [strings.when, when(invitation)],
    [strings.where, invitation.location?.displayName ?? strings.noVenue],
    [strings.to, required.join(', ')],
    ...(optional.length ? ([[strings.cc, optional.join(', ')]] as [string, string][]) : []),
    ...(room.length ? ([[strings.room, room.join(', ')]] as [string, string][]) : []),
  ];
  return (
    <Section heading={strings.heading}>
      <div className={styles.card}>
        <dl className={styles.facts}>
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.value}>{value}</dd>
            </div>
          ))}
        </dl>
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
