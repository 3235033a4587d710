import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  makeStyles,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { einladungStrings } from '../einladungStrings';

const strings = einladungStrings.cancel;

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
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState(() => strings.messageDefault(date));
  const [tried, setTried] = useState(false);
  const missing = !held && message.trim() === '';
  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button disabled={disabled}>{held ? strings.releaseHeld : strings.open}</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{held ? strings.heldTitle : strings.title}</DialogTitle>
          <DialogContent className={styles.content}>
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
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                setTried(true);
                if (missing) return;
                setOpen(false);
                onConfirm(held ? '' : message.trim());
              }}
            >
              {held ? strings.confirmHeld : strings.confirm}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button>{einladungStrings.actions.cancel}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
