import { makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ConfirmButton } from '../../components/ConfirmButton';
import { LimitedField } from '../../components/LimitedField';
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
  /** How long the message may be: the room the meeting's data (where it is kept) leaves it. */
  limit: number;
  onConfirm: (message: string) => void;
}

/**
 * Cancelling asks for the message every invitee gets; what was typed stays until it is sent. A message
 * longer than the meeting's data can keep is not sent (the cancellation would go out and then not be filed).
 */
export function CancelDialog({ held, date, disabled, limit, onConfirm }: CancelDialogProps) {
  const styles = useStyles();
  const strings = useLocalized(einladungStrings).cancel;
  const [message, setMessage] = useState(() => strings.messageDefault(date));
  const [tried, setTried] = useState(false);
  const missing = !held && message.trim() === '';
  const tooLong = !held && message.length > limit;
  const canConfirm = () => {
    setTried(true);
    return !missing && !tooLong;
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
          <LimitedField
            text={message}
            limit={limit}
            label={strings.message}
            required
            {...(tried && missing ? { validationMessage: strings.messageRequired } : {})}
          >
            <Textarea value={message} onChange={(_, data) => setMessage(data.value)} resize="vertical" rows={4} />
          </LimitedField>
        )}
      </div>
    </ConfirmButton>
  );
}
