import {
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface NoticeProps {
  intent: 'info' | 'success' | 'warning' | 'error';
  title?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}

const useStyles = makeStyles({
  actions: { flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The notice as Fluent's MessageBar (in its own chunk with Fluent's motion, loaded with the first notice). */
export default function NoticeBar({ intent, title, actions, children }: NoticeProps) {
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
