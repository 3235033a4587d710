import { Button, Spinner } from '@fluentui/react-components';
import type { CreatableList, ListProblem } from '../../domain/lists';
import { ErrorReason, missingAccess } from '../access/ErrorReason';
import { Notice } from '../components/Notice';
import { useLocalized } from '../i18n/localized';
import { useServices } from '../services';
import { meetingStrings } from './meetingStrings';
import { NoticeStack } from './NoticeStack';
import type { ListSetup } from './sessionModel';

/** The lists are not there: ask before creating them (the question is the message). */
function MissingLists({ lists }: { lists: ListSetup }) {
  const { config } = useServices();
  const strings = useLocalized(meetingStrings).lists;
  const names: Record<CreatableList, string> = {
    meetings: config.listName,
    venues: config.venueListName,
    needs: config.needsListName,
  };
  const { state } = lists;
  return (
    <Notice
      intent="warning"
      title={strings.missingTitle(lists.missing.map((k) => names[k]))}
      actions={
        <Button size="small" appearance="primary" disabled={state.status === 'creating'} onClick={lists.provision}>
          {state.status === 'failed' ? strings.tryAgain : strings.create(lists.missing.length)}
        </Button>
      }
    >
      {lists.missing.includes('meetings') ? strings.missingBody : strings.missingBodySaved}
      {state.status === 'failed' && (
        <>
          {' '}
          <strong>{strings.failed}</strong> <ErrorReason error={state.error} />
        </>
      )}
    </Notice>
  );
}

/** A list that exists but is incomplete, with the admin step spelled out. */
function Problem({ problem }: { problem: ListProblem }) {
  const strings = useLocalized(meetingStrings).lists;
  const access = problem.error && missingAccess(problem.error);
  const step =
    problem.kind === 'missingColumns'
      ? `${problem.blocksSaving ? strings.columnsBlocking : strings.columnsOther} ${strings.columnsStep(problem.listName)}`
      : strings.viewStep(problem.listName, problem.view, problem.columns);
  return (
    <Notice
      intent={problem.kind === 'missingColumns' && problem.blocksSaving ? 'error' : 'info'}
      title={
        problem.kind === 'missingColumns'
          ? strings.columnsTitle(problem.listName, problem.columns)
          : strings.viewTitle(problem.listName, problem.view)
      }
    >
      {step}
      {access && problem.error && <ErrorReason error={problem.error} />}
    </Notice>
  );
}

/** Above every view of the meeting: lists to create (after a confirmation) and what is incomplete. */
export function ListSetupNotice({ lists }: { lists: ListSetup | undefined }) {
  const strings = useLocalized(meetingStrings).lists;
  if (!lists) return null;
  return (
    <NoticeStack>
      {lists.missing.length > 0 && <MissingLists lists={lists} />}
      {lists.problems.map((problem) => (
        <Problem key={`${problem.kind}-${problem.list}`} problem={problem} />
      ))}
      <div role="status" aria-live="polite">
        {lists.state.status === 'creating' && <Spinner size="tiny" label={strings.creating} />}
        {lists.state.status === 'created' && lists.missing.length === 0 && <p>{strings.created}</p>}
      </div>
    </NoticeStack>
  );
}
