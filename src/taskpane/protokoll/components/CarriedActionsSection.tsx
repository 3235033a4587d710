import { Field, makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { carriedActionsFor, markCarried } from '../../../domain/minutes';
import { formatShortDate } from '../../../domain/planning';
import { plainList } from '../../components/plainList';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import type { PlanningModel } from '../../meeting/planningModel';
import { carriedActionsStrings } from '../carriedActionsStrings';
import type { MinutesModel } from '../useMinutes';

const useStyles = makeStyles({
  list: plainList(tokens.spacingVerticalM),
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2 },
});

/** Protokoll: each action an earlier meeting left open, marked erledigt or noch offen in these minutes. */
export function CarriedActionsSection({ model, minutes }: { model: PlanningModel; minutes: MinutesModel }) {
  const styles = useStyles();
  const strings = useLocalized(carriedActionsStrings);
  const { meeting, meetings } = model;
  const carried = useMemo(
    () =>
      carriedActionsFor(
        meeting,
        meetings.flatMap((listed) => (listed.meeting ? [listed.meeting] : [])),
      ),
    [meeting, meetings],
  );
  if (carried.length === 0) return null;
  return (
    <Section heading={strings.heading}>
      <Text>{strings.intro}</Text>
      <ul className={styles.list} aria-label={strings.listLabel}>
        {carried.map((action) => (
          <li key={action.id} className={styles.item}>
            <Text weight="semibold">{action.what}</Text>
            <Text size={200} className={styles.meta}>
              {strings.meta(
                action.who.trim(),
                action.due ? formatShortDate(action.due) : '',
                formatShortDate(action.fromDate),
              )}
            </Text>
            <Field label={strings.status(action.what)}>
              <RadioGroup
                layout="horizontal"
                value={action.status}
                disabled={minutes.final}
                onChange={(_, data) =>
                  minutes.write((m) => markCarried(m, action, data.value === 'erledigt' ? 'erledigt' : 'offen'))
                }
              >
                <Radio value="erledigt" label={strings.statuses.erledigt} />
                <Radio value="offen" label={strings.statuses.offen} />
              </RadioGroup>
            </Field>
          </li>
        ))}
      </ul>
    </Section>
  );
}
