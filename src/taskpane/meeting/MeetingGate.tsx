import { Button, Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useStrings } from '../i18n/useStrings';
import type { PlanningModel } from './planningModel';
import { ListSetupNotice } from './ListSetupNotice';
import { useMeeting } from './MeetingContext';

/** Shows the view once the meeting is there; a spinner while it loads, a retry when it could not. */
export function MeetingGate({ children }: { children: (model: PlanningModel) => ReactNode }) {
  const strings = useStrings();
  const { state, retry } = useMeeting();
  if (state.status === 'loading' || state.status === 'idle')
    return <Spinner size="small" label="Das Treffen wird aus SharePoint geladen …" />;
  if (state.status === 'error')
    return (
      <Button appearance="primary" onClick={retry}>
        {strings.retry}
      </Button>
    );
  return (
    <>
      <ListSetupNotice lists={state.value.lists} />
      {children(state.value)}
    </>
  );
}
