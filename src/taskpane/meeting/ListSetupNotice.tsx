import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import type { CreatableList, ListProblem } from '../../graph/planningGateway';
import { ErrorReason, missingAccess } from '../access/ErrorReason';
import type { ListSetup } from '../planen/planningModel';
import { useServices } from '../services';
import { listSetupStrings as strings } from './listSetupStrings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalM,
  },
  actions: { flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The lists are not there: ask before creating them (the question is the message). */
function MissingLists({ lists }: { lists: ListSetup }) {
  const styles = useStyles();
  const { config } = useServices();
  const names: Record<CreatableList, string> = { meetings: config.listName, venues: config.venueListName };
  const { state } = lists;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.missingTitle(lists.missing.map((k) => names[k]))}</MessageBarTitle>{' '}
        {strings.missingBody}
        {state.status === 'failed' && (
          <>
            {' '}
            <strong>{strings.failed}</strong> <ErrorReason error={state.error} />
          </>
        )}
      </MessageBarBody>
      <MessageBarActions className={styles.actions}>
        <Button size="small" appearance="primary" disabled={state.status === 'creating'} onClick={lists.provision}>
          {state.status === 'failed' ? strings.tryAgain : strings.create(lists.missing.length)}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** A list that exists but is incomplete, with the admin step spelled out. */
function Problem({ problem }: { problem: ListProblem }) {
  const access = problem.error && missingAccess(problem.error);
  const step =
    problem.kind === 'missingColumns'
      ? `${problem.blocksSaving ? strings.columnsBlocking : strings.columnsOther} ${strings.columnsStep(problem.listName)}`
      : strings.viewStep(problem.listName, problem.view, problem.columns);
  return (
    <MessageBar
      intent={problem.kind === 'missingColumns' && problem.blocksSaving ? 'error' : 'info'}
      layout="multiline"
    >
      <MessageBarBody>
        <MessageBarTitle>
          {problem.kind === 'missingColumns'
            ? strings.columnsTitle(problem.listName, problem.columns)
            : strings.viewTitle(problem.listName, problem.view)}
        </MessageBarTitle>{' '}
        {step}
        {access && problem.error && <ErrorReason error={problem.error} />}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Above every view of the meeting: lists to create (after a confirmation) and what is incomplete. */
export function ListSetupNotice({ lists }: { lists: ListSetup | undefined }) {
  const styles = useStyles();
  if (!lists) return null;
  return (
    <div className={styles.root}>
      {lists.missing.length > 0 && <MissingLists lists={lists} />}
      {lists.problems.map((problem) => (
        <Problem key={`${problem.kind}-${problem.list}`} problem={problem} />
      ))}
      <div role="status" aria-live="polite">
        {lists.state.status === 'creating' && <Spinner size="tiny" label={strings.creating} />}
        {lists.state.status === 'created' && lists.missing.length === 0 && <p>{strings.created}</p>}
      </div>
    </div>
  );
}
