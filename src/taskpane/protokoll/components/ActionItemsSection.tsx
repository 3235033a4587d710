import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { plainList } from '../../components/plainList';
import { Section } from '../../components/Section';
import { useFocusAfterRender } from '../../hooks/useFocusAfterRender';
import { useLocalized } from '../../i18n/localized';
import { protokollStrings } from '../protokollStrings';
import type { MinutesModel } from '../useMinutes';
import { ActionItemEditor } from './ActionItemEditor';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: plainList(tokens.spacingVerticalL),
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  add: { alignSelf: 'flex-start' },
});

/** What is to be done after the meeting: what, who (a person or an initiative), by when. */
export function ActionItemsSection({ minutes }: { minutes: MinutesModel }) {
  const strings = useLocalized(protokollStrings).actions;
  const styles = useStyles();
  const { root, focusAfterRender } = useFocusAfterRender();
  const { actionItems } = minutes.minutes;
  return (
    <Section heading={strings.heading}>
      <div ref={root} className={styles.root}>
        {actionItems.length === 0 ? (
          <p className={styles.hint}>{strings.empty}</p>
        ) : (
          <ol className={styles.list} aria-label={strings.heading}>
            {actionItems.map((action, i) => (
              <li key={action.id}>
                <ActionItemEditor
                  action={action}
                  n={i + 1}
                  minutes={minutes}
                  onRemove={() => {
                    focusAfterRender('add-action');
                    minutes.removeAction(action.id);
                  }}
                />
              </li>
            ))}
          </ol>
        )}
        <Button
          className={styles.add}
          data-focus="add-action"
          onClick={() => focusAfterRender(`action-${minutes.addAction()}`)}
        >
          {strings.add}
        </Button>
      </div>
    </Section>
  );
}
