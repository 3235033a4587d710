export type ReplyState = 'accepted' | 'tentative' | 'declined' | 'none';

export interface ReplyCounts {
  accepted: number;
  tentative: number;
  declined: number;
  none: number;
}

export function countReplies(replies: { state: ReplyState; type?: string }[]): ReplyCounts {
  const counts: ReplyCounts = { accepted: 0, tentative: 0, declined: 0, none: 0 };
  for (const reply of replies) if (reply.type !== 'resource') counts[reply.state] += 1;
  return counts;
}

export interface CateringEstimate {
  /** People to shop for at least and at most (county staff included). */
  low: number;
  high: number;
}

/**
 * Coffee and biscuits: everyone who accepted and the hosts from the county, plus half of the tentative
 * answers at least and all of them at most.
 */
export function cateringEstimate(counts: ReplyCounts, hosts = 1): CateringEstimate {
  return {
    low: counts.accepted + hosts + Math.ceil(counts.tentative / 2),
    high: counts.accepted + hosts + counts.tentative,
  };
}
