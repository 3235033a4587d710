import { Button } from '@fluentui/react-components';
import type { Mention } from '../../../domain/needs';
import type { PlainDate } from '../../../domain/planning';
import type { SuggestionGroup } from '../../../domain/planning/suggestionGroups';
import type { StoredSuggestion } from '../../../office/topicSuggestions';
import { useLocalized } from '../../i18n/localized';
import { NeedActionOutcome } from '../../needs/NeedActionOutcome';
import { registerNeed } from '../../needs/registerNeed';
import { useNeedAction } from '../../needs/useNeedAction';
import { useServices } from '../../services';
import { planenStrings } from '../planenStrings';

/**
 * A topic from the call for topics into the needs register: added (raised by as many as suggested it)
 * or merged into the need with the same title. No one's name goes to the list (readable on the site).
 */
export function SuggestionAsNeed({
  group,
  meetingDate,
}: {
  group: SuggestionGroup<StoredSuggestion>;
  meetingDate?: PlainDate;
}) {
  const strings = useLocalized(planenStrings).suggestions;
  const { gateway } = useServices();
  const { action, run } = useNeedAction();
  const count = Math.max(1, group.senders.length);
  const mention: Mention = {
    title: group.subject,
    note: strings.needNote(count),
    ...(meetingDate ? { meetingDate } : {}),
  };
  const onRegister = () =>
    void run(async () => {
      const done = await registerNeed(gateway.needs, mention);
      const { need, etag } = done.listed;
      if (!done.merged && count > 1) await gateway.needs.update({ ...need, initiatives: count, mentions: count }, etag);
      return done.merged ? strings.needMerged(need.title) : strings.needAdded(need.title);
    }, strings.needFailed);
  return (
    <>
      <Button
        size="small"
        aria-label={strings.needLabel(group.subject)}
        disabledFocusable={action.status === 'working' || action.status === 'done'}
        onClick={onRegister}
      >
        {strings.asNeed}
      </Button>
      <NeedActionOutcome action={action} />
    </>
  );
}
