import { useMemo, useState } from 'react';
import { type AppError, toAppError } from '../../domain/appError';
import { laterMailRecord, type MinutesMail, minutesMail } from '../../domain/minutes';
import type { MinutesMailRecord } from '../../domain/planning';
import type { NamedAddress } from '../../domain/settings';
import { filedFileOf } from '../documents/meetingOffers';
import { useOrganiser } from '../hooks/useOrganiser';
import type { PlanningModel } from '../meeting/planningModel';
import { useServices } from '../services';

/**
 * This session's sending: `sent` (answered), `found` (the answer was lost and the mail is in Sent
 * Items, so it was not sent again), `unknown` (lost, and looking could not tell), `failed` (not sent).
 */
export type MailState =
  | { status: 'idle' }
  | { status: 'sending' }
  | { status: 'sent'; count: number; at: string }
  | { status: 'found'; count: number; at: string }
  | { status: 'unknown'; error: AppError }
  | { status: 'failed'; error: AppError };

export interface MinutesMailModel {
  mail: MinutesMail;
  /** False while the meeting's list item has no web address yet (a new item): the mail goes without link. */
  withLink: boolean;
  state: MailState;
  /** That the minutes went out (this pane, a colleague, an earlier session): sending again asks first. */
  record: MinutesMailRecord | undefined;
  send: () => void;
}

/** Sending the minutes To the organiser and Bcc to those present, with a link to the list item where known. */
export function useMinutesMail(model: PlanningModel): MinutesMailModel {
  const { gateway, clock } = useServices();
  const organiser = useOrganiser().state;
  const { meeting, meetings, itemRef, settings, update } = model;
  const [state, setState] = useState<MailState>({ status: 'idle' });
  const itemUrl = meetings.find((m) => m.itemId === itemRef?.itemId)?.webUrl ?? '';
  // The minutes' PDF, once filed from "Dokumente": its link goes into the mail (one line, no attachment).
  const pdfUrl = filedFileOf(meeting.documents, { kind: 'protokoll', format: 'pdf' })?.webUrl;
  const mail = useMemo(
    () => minutesMail(meeting, { itemUrl, names: settings.namesInMinutes, ...(pdfUrl ? { pdfUrl } : {}) }),
    [meeting, itemUrl, pdfUrl, settings.namesInMinutes],
  );

  const sender = async (): Promise<NamedAddress> => {
    const who = organiser.status === 'ready' ? organiser.value : await gateway.me.getOrganiser();
    return { name: who.displayName, address: who.mail };
  };

  /** Recorded in the meeting at once (saved now), so no pane offers to send it again unasked. */
  const record = (entry: MinutesMailRecord) =>
    update((m) => ({ ...m, minutesMail: laterMailRecord(m.minutesMail, entry) ?? entry }), { now: true });

  const deliver = async (count: number) => {
    try {
      const result = await gateway.mail.sendMinutes(mail, await sender());
      const at = result.outcome === 'found-in-sent-items' ? result.sentAt : clock.now().toISOString();
      record({ sentAt: at, count });
      setState({ status: result.outcome === 'sent' ? 'sent' : 'found', count, at });
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code !== 'unknown-outcome') return setState({ status: 'failed', error: appError });
      record({ sentAt: clock.now().toISOString(), count, unconfirmed: true });
      setState({ status: 'unknown', error: appError });
    }
  };

  const send = () => {
    setState({ status: 'sending' });
    void deliver(mail.recipients.length);
  };

  return { mail, withLink: /^https:\/\//i.test(itemUrl), state, record: meeting.minutesMail, send };
}
