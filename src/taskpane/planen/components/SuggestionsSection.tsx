import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { berlinParts, formatShortDate } from '../../../domain/planning';
import type { StoredSuggestion } from '../../../office/topicSuggestions';
import { plainList } from '../../components/plainList';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import { planenStrings } from '../planenStrings';
import type { TopicSuggestions } from '../useTopicSuggestions';

const useStyles = makeStyles({
  list: plainList(tokens.spacingVerticalS),
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlockEnd: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  meta: { color: tokens.colorNeutralForeground2 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

function received(suggestion: StoredSuggestion): string {
  const at = new Date(suggestion.receivedAt);
  return Number.isNaN(at.getTime()) ? '' : formatShortDate(berlinParts(at).date);
}

export type SuggestionsSectionProps = TopicSuggestions;

/** Mails marked in Outlook as topics: taken into the agenda or dismissed. */
export function SuggestionsSection({ suggestions, acceptSuggestion, dismissSuggestion }: SuggestionsSectionProps) {
  const styles = useStyles();
  const strings = useLocalized(planenStrings).suggestions;
  const heading = useRef<HTMLHeadingElement>(null);
  // The suggestion leaves the list; keep the keyboard user in this section.
  const settle = (act: (id: string) => void, id: string) => {
    act(id);
    heading.current?.focus();
  };
  const choices = [
    { act: acceptSuggestion, label: strings.accept, name: strings.acceptLabel },
    { act: dismissSuggestion, label: strings.dismiss, name: strings.dismissLabel },
  ];
  return (
    <Section heading={strings.heading} headingRef={heading}>
      {suggestions.length === 0 ? (
        <Text>{strings.empty}</Text>
      ) : (
        <ul className={styles.list}>
          {suggestions.map((s) => (
            <li key={s.id} className={styles.item}>
              <Text weight="semibold">{s.subject}</Text>
              <Text size={200} className={styles.meta}>
                {strings.from(s.senderName || s.senderAddress, received(s))}
              </Text>
              <div className={styles.buttons}>
                {choices.map(({ act, label, name }) => (
                  <Button key={label} size="small" aria-label={name(s.subject)} onClick={() => settle(act, s.id)}>
                    {label}
                  </Button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
