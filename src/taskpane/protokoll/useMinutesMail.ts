import { useMemo, useState } from 'react';
import { type AppError, toAppError } from '../../domain/appError';
import { type MinutesMail, minutesMail } from '../../domain/minutes';
import type { PlanningModel } from '../planen/planningModel';
import { useServices } from '../services';

export type MailState =
  | { status: 'idle' }
  | { status: 'sending' }
  | { status: 'sent'; count: number; at: string }
  | { status: 'failed'; error: AppError };

export interface MinutesMailModel {
  mail: MinutesMail;
  /** False while the meeting's list item has no web address yet (a new item): the mail goes without link. */
  withLink: boolean;
  state: MailState;
  send: () => void;
}

/** Sending the minutes to those present (Bcc), with a link to the meeting's list item where known. */
export function useMinutesMail(model: PlanningModel): MinutesMailModel {
  const { gateway, clock } = useServices();
  const { meeting, meetings, itemRef, settings } = model;
  const [state, setState] = useState<MailState>({ status: 'idle' });
  const itemUrl = meetings.find((m) => m.itemId === itemRef?.itemId)?.webUrl ?? '';
  const mail = useMemo(
    () => minutesMail(meeting, { itemUrl, names: settings.namesInMinutes }),
    [meeting, itemUrl, settings.namesInMinutes],
  );

  const send = () => {
    setState({ status: 'sending' });
    const count = mail.recipients.length;
    gateway.mail.sendMinutes(mail).then(
      () => setState({ status: 'sent', count, at: clock.now().toISOString() }),
      (error: unknown) => setState({ status: 'failed', error: toAppError(error) }),
    );
  };

  return { mail, withLink: /^https:\/\//i.test(itemUrl), state, send };
}
