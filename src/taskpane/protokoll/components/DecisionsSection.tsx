import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Decision } from '../../../domain/planning';
import { checkPrivacy } from '../../../domain/privacyGuard';
import { plainList } from '../../components/plainList';
import { Section } from '../../components/Section';
import { useFocusAfterRender } from '../../hooks/useFocusAfterRender';
import { useLocalized } from '../../i18n/localized';
import { protokollStrings } from '../protokollStrings';
import type { MinutesModel } from '../useMinutes';
import { PrivacyWarnings } from './PrivacyWarnings';

const useStyles = makeStyles({
  list: plainList(tokens.spacingVerticalM),
  line: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'stretch' },
  remove: { alignSelf: 'flex-start' },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  add: { alignSelf: 'flex-start' },
});

interface LineProps {
  decision: Decision;
  n: number;
  minutes: MinutesModel;
  onRemove: () => void;
}

function DecisionLine({ decision, n, minutes, onRemove }: LineProps) {
  const strings = useLocalized(protokollStrings).decisions;
  const styles = useStyles();
  const warningsId = `beschluss-datenschutz-${decision.id}`;
  const { participantNames } = minutes;
  const warnings = useMemo(() => checkPrivacy(decision.text, { participantNames }), [decision.text, participantNames]);
  return (
    <li className={styles.line}>
      <Field label={strings.label(n)} validationMessage={minutes.problemFor('decision', decision.id)}>
        <Textarea
          data-focus={`decision-${decision.id}`}
          aria-describedby={warningsId}
          value={decision.text}
          rows={2}
          resize="vertical"
          onChange={(_, data) => minutes.changeDecision(decision.id, data.value)}
          onBlur={() => minutes.leave(decision.id)}
        />
      </Field>
      <PrivacyWarnings id={warningsId} warnings={warnings} />
      <Button className={styles.remove} size="small" aria-label={strings.removeLabel(n)} onClick={onRemove}>
        {strings.remove}
      </Button>
    </li>
  );
}

/** What the meeting decided, one sentence per line. */
export function DecisionsSection({ minutes }: { minutes: MinutesModel }) {
  const strings = useLocalized(protokollStrings).decisions;
  const styles = useStyles();
  const { root, focusAfterRender } = useFocusAfterRender();
  const { decisions } = minutes.minutes;
  return (
    <Section heading={strings.heading}>
      <div ref={root} className={styles.line}>
        {decisions.length === 0 ? (
          <p className={styles.hint}>{strings.empty}</p>
        ) : (
          <ol className={styles.list} aria-label={strings.heading}>
            {decisions.map((decision, i) => (
              <DecisionLine
                key={decision.id}
                decision={decision}
                n={i + 1}
                minutes={minutes}
                onRemove={() => {
                  focusAfterRender('add-decision');
                  minutes.removeDecision(decision.id);
                }}
              />
            ))}
          </ol>
        )}
        <Button
          className={styles.add}
          data-focus="add-decision"
          onClick={() => focusAfterRender(`decision-${minutes.addDecision()}`)}
        >
          {strings.add}
        </Button>
      </div>
    </Section>
  );
}
