import { Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useLocalized } from '../../i18n/localized';
import { einladungStrings } from '../einladungStrings';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface CancelDialogProps {
  /** Only held (nobody invited yet): the date is removed, no message goes out. */
  held: boolean;
  date: string;
  disabled: boolean;
  onConfirm: (message: string) => void;
}

/** Cancelling asks for the message every invitee gets; what was typed stays until it is sent. */
export function CancelDialog({ held, date, disabled, onConfirm }: CancelDialogProps) {
  const styles = useStyles();
  const strings = useLocalized(einladungStrings).cancel;
  const [message, setMessage] = useState(() => strings.messageDefault(date));
  const [tried, setTried] = useState(false);
  const missing = !held && message.trim() === '';
  const canConfirm = () => {
    setTried(true);
    return !missing;
  };
  return (
    <ConfirmButton
      label={held ? strings.releaseHeld : strings.open}
      title={held ? strings.heldTitle : strings.title}
      confirmLabel={held ? strings.confirmHeld : strings.confirm}
      canConfirm={canConfirm}
      onConfirm={() => onConfirm(held ? '' : message.trim())}
      disabled={disabled}
    >
      <div className={styles.content}>
        <p>{held ? strings.heldBody : strings.body}</p>
        {!held && (
          <Field
            label={strings.message}
            required
            validationState={tried && missing ? 'error' : 'none'}
            validationMessage={tried && missing ? strings.messageRequired : undefined}
          >
            <Textarea value={message} onChange={(_, data) => setMessage(data.value)} resize="vertical" rows={4} />
          </Field>
        )}
      </div>
    </ConfirmButton>
  );
}
