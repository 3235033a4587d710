import {
  Button,
  type ButtonProps,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';
import { useLocalized } from '../i18n/localized';
import { kitStrings } from './kitStrings';

export interface ConfirmButtonProps {
  label: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  /** Asked on confirming; false keeps the dialog open (its content then says what is missing). */
  canConfirm?: () => boolean;
  appearance?: ButtonProps['appearance'];
  disabled?: boolean;
}

/**
 * A button that asks first: a modal dialog with what will happen (`children`), `confirmLabel` and
 * "Abbrechen". `onConfirm` runs only after the confirmation.
 */
export function ConfirmButton(props: ConfirmButtonProps) {
  const [open, setOpen] = useState(false);
  const strings = useLocalized(kitStrings);
  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button appearance={props.appearance ?? 'secondary'} disabled={props.disabled}>
          {props.label}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>{props.children}</DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                if (props.canConfirm && !props.canConfirm()) return;
                setOpen(false);
                props.onConfirm();
              }}
            >
              {props.confirmLabel}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">{strings.cancel}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
