import { Button, Field, makeStyles, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { mentionOfLine, noteLines } from '../../domain/needs';
import type { Meeting } from '../../domain/planning';
import { Section } from '../components/Section';
import { quietText } from '../components/textStyles';
import { useLocalized } from '../i18n/localized';
import { useServices } from '../services';
import { NeedActionOutcome } from './NeedActionOutcome';
import { needsStrings } from './needsStrings';
import { useNeedAction } from './useNeedAction';
import { registerNeed } from './registerNeed';

const useStyles = makeStyles({
  quiet: { ...quietText, margin: 0, overflowWrap: 'anywhere' },
  select: { minWidth: 0, maxWidth: '100%' },
  button: { alignSelf: 'flex-start', maxWidth: '100%' },
});

export interface MarkAsNeedProps {
  meeting: Meeting;
  /** The minutes' notes per agenda item id, as being written. */
  notes: Record<string, string>;
}

/**
 * Protokoll: a line of the notes of "Aktuelles aus den Initiativen" (the agenda item with the role
 * 'initiativen') into the needs register: added, or merged into the need with the same title.
 */
export function MarkAsNeed({ meeting, notes }: MarkAsNeedProps) {
  const styles = useStyles();
  const s = useLocalized(needsStrings).minutes;
  const { gateway } = useServices();
  const { action, run } = useNeedAction();
  const [picked, setPicked] = useState(0);
  const item = meeting.agenda.find((a) => a.role === 'initiativen');
  if (!item) return null;
  const lines = noteLines(notes[item.id] ?? '');
  const line = lines[Math.min(picked, lines.length - 1)];
  const mention = line === undefined ? undefined : mentionOfLine(line, meeting.date);

  const onMark = () => {
    if (!mention) return;
    void run(async () => {
      const done = await registerNeed(gateway.needs, mention);
      return done.merged ? s.merged(done.listed.need.title) : s.done(done.listed.need.title);
    }, s.failed);
  };

  return (
    <Section heading={s.heading}>
      <p className={styles.quiet}>{s.intro}</p>
      {lines.length === 0 || !mention ? (
        <p className={styles.quiet}>{s.noLines}</p>
      ) : (
        <>
          <Field label={s.line}>
            <Select
              className={styles.select}
              value={String(Math.min(picked, lines.length - 1))}
              onChange={(_, d) => setPicked(Number(d.value))}
            >
              {lines.map((l, i) => (
                <option key={i} value={String(i)}>
                  {l}
                </option>
              ))}
            </Select>
          </Field>
          <p className={styles.quiet}>{s.preview(mention.title, mention.raisedBy)}</p>
          <Button className={styles.button} disabledFocusable={action.status === 'working'} onClick={onMark}>
            {s.submit}
          </Button>
        </>
      )}
      <NeedActionOutcome action={action} />
    </Section>
  );
}
