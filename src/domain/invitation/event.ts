import type { ReplyState } from './replies';

/** An invitee of the meeting's event in Outlook and their answer, as last read. */
export interface Reply {
  name: string;
  address: string;
  type: 'required' | 'optional' | 'resource';
  state: ReplyState;
  answeredAt?: string;
}

export interface StoredEvent {
  id: string;
  iCalUId: string;
  webLink: string;
  isCancelled: boolean;
  replies: Reply[];
}
