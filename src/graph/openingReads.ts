import type { TokenProvider } from '../auth/tokenProvider';
import type { PlanningData } from '../domain/lists';
import type { Organiser } from '../domain/organiser';
import type { BatchResponse } from './batch';
import { type MeGateway, ME_IN_BATCH, organiserIn } from './meGateway';
import { askOpeningToken } from './openingToken';
import type { PlanningGateway } from './planningGateway';

/** What the pane reads when it opens: the lists (the meeting to work on) and who is signed in. */
export interface OpeningReads {
  planning: Promise<PlanningData>;
  organiser: Promise<Organiser>;
}

export interface OpeningDeps {
  planning: Pick<PlanningGateway, 'open'>;
  me: MeGateway;
  /** Asked once, silently, for a token carrying both features' scopes; without it, two round trips. */
  tokenProvider?: TokenProvider;
  /**
   * That question asked already (`askOpeningToken`) by a caller that could ask before the Graph client and
   * the gateway were evaluated: the composition root asks first, so the token travels meanwhile.
   */
  together?: Promise<boolean>;
  /**
   * What taking up the lists' answers waits for once /me's answer is handed on (the composition root: the
   * pane's first render, then a painted frame, so that the name is on screen before the lists are mapped).
   */
  handOver?: () => Promise<void>;
}

/** Marks a promise as handled (its consumers attach later); it still rejects for them. */
function quietly<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/**
 * The opening in one round trip: /me travels in the lists' $batch, on one token for both features.
 * Where that token would need the user (a grant missing: the sign-in would ask for both at once) the
 * two are read as before, each with its own token, in parallel. The organiser is known as soon as the
 * first batch answers (further pages of the lists may follow), the lists' answers taken up after
 * `handOver`; a batch that fails as a whole fails both.
 */
export function readOpening(deps: OpeningDeps): OpeningReads {
  const together = deps.together ?? askOpeningToken(deps.tokenProvider);
  let meAnswered: (results: Map<string, BatchResponse>) => void = () => undefined;
  const meAnswer = new Promise<Map<string, BatchResponse>>((resolve) => (meAnswered = resolve));
  const answered = async (results: Map<string, BatchResponse>) => {
    meAnswered(results);
    await deps.handOver?.().catch(() => undefined);
  };
  const planning = together.then((yes) =>
    yes ? deps.planning.open({ requests: [ME_IN_BATCH], features: ['profile'], answered }) : deps.planning.open(),
  );
  const organiser = together.then((yes) =>
    yes ? Promise.race([meAnswer, planning.then(() => meAnswer)]).then(organiserIn) : deps.me.getOrganiser(),
  );
  return { planning: quietly(planning), organiser: quietly(organiser) };
}
