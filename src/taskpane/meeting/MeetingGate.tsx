import { Button, Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useLocalized } from '../i18n/localized';
import { useStrings } from '../i18n/useStrings';
import { ListSetupNotice } from './ListSetupNotice';
import { useMeeting } from './MeetingContext';
import { meetingStrings } from './meetingStrings';
import type { PlanningModel } from './planningModel';
import { SessionNotices } from './SessionNotices';

/** Shows the view once the meeting is there; a spinner while it loads, a retry when it could not. */
export function MeetingGate({ children }: { children: (model: PlanningModel) => ReactNode }) {
  const strings = useStrings();
  const { loading } = useLocalized(meetingStrings);
  const { state, retry } = useMeeting();
  if (state.status === 'loading' || state.status === 'idle') return <Spinner size="small" label={loading} />;
  if (state.status === 'error')
    return (
      <Button appearance="primary" onClick={retry}>
        {strings.retry}
      </Button>
    );
  return (
    <>
      <SessionNotices session={state.value} />
      <ListSetupNotice lists={state.value.lists} />
      {children(state.value)}
    </>
  );
}
