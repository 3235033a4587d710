import {
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  type MessageBarIntent,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  actions: { flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * A message in place (information, a warning, an outcome): a title, what it means, and the buttons that
 * help, wrapping in a narrow pane. An error from an AppError is a ProblemMessage instead.
 */
export function Notice({
  intent,
  title,
  actions,
  children,
}: {
  intent: MessageBarIntent;
  title?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        {title !== undefined && (
          <>
            <MessageBarTitle>{title}</MessageBarTitle>{' '}
          </>
        )}
        {children}
      </MessageBarBody>
      {actions && <MessageBarActions className={styles.actions}>{actions}</MessageBarActions>}
    </MessageBar>
  );
}
