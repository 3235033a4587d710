import { Button, type ButtonProps } from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';
import { useLocalized } from '../i18n/localized';
import { kitStrings } from './kitStrings';
import { QuestionDialog } from './QuestionDialog';

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
    <QuestionDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button appearance={props.appearance ?? 'secondary'} disabled={props.disabled}>
          {props.label}
        </Button>
      }
      title={props.title}
      confirmLabel={props.confirmLabel}
      onConfirm={() => {
        if (props.canConfirm && !props.canConfirm()) return;
        setOpen(false);
        props.onConfirm();
      }}
      declineLabel={strings.cancel}
    >
      {props.children}
    </QuestionDialog>
  );
}
