import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  type DialogProps,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';

export interface QuestionDialogProps {
  open: boolean;
  /** Opened by `trigger`; closed by Escape, by a click outside (unless `alert`) or by the second button. */
  onOpenChange: (open: boolean) => void;
  /** `alert`: only an answer or Escape closes it. */
  modalType?: DialogProps['modalType'];
  /** The control that opens the dialog, where it opens on a click (else `open` says when). */
  trigger?: ReactElement;
  title: string;
  /** What will happen, or what is asked. */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  /** The second button: it answers no and closes the dialog. */
  declineLabel: string;
}

/** A modal question with one primary answer and one that declines: the kit's dialog for asking first. */
export function QuestionDialog(props: QuestionDialogProps) {
  const { onOpenChange } = props;
  const surface = (
    <DialogSurface>
      <DialogBody>
        <DialogTitle>{props.title}</DialogTitle>
        <DialogContent>{props.children}</DialogContent>
        <DialogActions>
          <Button appearance="primary" onClick={props.onConfirm}>
            {props.confirmLabel}
          </Button>
          <Button appearance="secondary" onClick={() => onOpenChange(false)}>
            {props.declineLabel}
          </Button>
        </DialogActions>
      </DialogBody>
    </DialogSurface>
  );
  const dialog = {
    modalType: props.modalType,
    open: props.open,
    onOpenChange: (_: unknown, data: { open: boolean }) => onOpenChange(data.open),
  };
  return props.trigger ? (
    <Dialog {...dialog}>
      <DialogTrigger disableButtonEnhancement>{props.trigger}</DialogTrigger>
      {surface}
    </Dialog>
  ) : (
    <Dialog {...dialog}>{surface}</Dialog>
  );
}
