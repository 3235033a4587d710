import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { berlinParts, formatShortDate, type PlainDate } from '../../../domain/planning';
import { groupSuggestions, type SuggestionGroup } from '../../../domain/planning/suggestionGroups';
import type { StoredSuggestion } from '../../../office/topicSuggestions';
import { plainList } from '../../components/plainList';
import { Section } from '../../components/Section';
import { useLanguage, useLocalized } from '../../i18n/localized';
import { planenStrings } from '../planenStrings';
import type { TopicSuggestions } from '../useTopicSuggestions';
import { SuggestionAsNeed } from './SuggestionAsNeed';

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

function received(suggestion: StoredSuggestion | undefined): string {
  if (!suggestion) return '';
  const at = new Date(suggestion.receivedAt);
  return Number.isNaN(at.getTime()) ? '' : formatShortDate(berlinParts(at).date);
}

export type SuggestionsSectionProps = TopicSuggestions & {
  /** The meeting the topics are for (where a need is first raised). */
  meetingDate?: PlainDate;
};

/** "A", "A und B", "A, B und C" (or "and"). */
function namesOf(senders: string[], and: string): string {
  return senders.length < 2 ? (senders[0] ?? '') : `${senders.slice(0, -1).join(', ')} ${and} ${senders.at(-1)}`;
}

/** Who suggested the topic: one sender with the date, or everyone who raised it. */
function SenderLine({ group }: { group: SuggestionGroup<StoredSuggestion> }) {
  const styles = useStyles();
  const language = useLanguage();
  const strings = useLocalized(planenStrings).suggestions;
  const first = group.suggestions[0];
  const text =
    group.senders.length > 1
      ? strings.fromMany(namesOf(group.senders, language === 'de' ? 'und' : 'and'))
      : strings.from(group.senders[0] ?? '', received(first));
  return (
    <Text size={200} className={styles.meta}>
      {text}
    </Text>
  );
}

/** Mails marked in Outlook as topics, one entry per topic: taken into the agenda or dismissed. */
export function SuggestionsSection(props: SuggestionsSectionProps) {
  const { suggestions, acceptSuggestion, dismissSuggestion, meetingDate } = props;
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
          {groupSuggestions(suggestions).map((g) => (
            <li key={g.key} className={styles.item}>
              <Text weight="semibold">{g.subject}</Text>
              <SenderLine group={g} />
              <div className={styles.buttons}>
                {choices.map(({ act, label, name }) => (
                  <Button
                    key={label}
                    size="small"
                    aria-label={name(g.subject)}
                    onClick={() => settle(act, g.suggestions[0]?.id ?? '')}
                  >
                    {label}
                  </Button>
                ))}
                <SuggestionAsNeed group={g} {...(meetingDate ? { meetingDate } : {})} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
