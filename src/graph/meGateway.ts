import type { Client } from '@microsoft/microsoft-graph-client';
import type { User } from '@microsoft/microsoft-graph-types';
import type { Organiser } from '../domain/organiser';
import { type BatchRequest, type BatchResponse, batchBody } from './batch';
import { scopesFor } from './graphClient';
import { graphCall } from './graphErrors';

export function toOrganiser(user: User): Organiser {
  return {
    id: user.id ?? '',
    displayName: user.displayName ?? user.userPrincipalName ?? '',
    mail: user.mail ?? user.userPrincipalName ?? '',
    jobTitle: user.jobTitle ?? '',
  };
}

const PROFILE = { capability: 'profile' } as const;
/** Only the fields the pane shows. */
const FIELDS = ['id', 'displayName', 'mail', 'userPrincipalName', 'jobTitle'];

/** GET /me as one request of a $batch (the opening sends it with the lists, see openingReads.ts). */
export const ME_IN_BATCH: BatchRequest = { id: 'me', method: 'GET', url: `/me?$select=${FIELDS.join(',')}` };

/** The organiser from a $batch's answers that held ME_IN_BATCH; an AppError as getOrganiser's when it failed. */
export function organiserIn(results: Map<string, BatchResponse>): Organiser {
  return toOrganiser(batchBody<User>(results, ME_IN_BATCH.id, PROFILE));
}

export function createMeGateway(client: Client) {
  return {
    /** GET /me with only the fields the pane shows. */
    getOrganiser: () =>
      graphCall(async () => {
        const user = (await client
          .api('/me')
          .select(FIELDS)
          .middlewareOptions([scopesFor('profile')])
          .get()) as User;
        return toOrganiser(user);
      }, PROFILE),
  };
}

export type MeGateway = ReturnType<typeof createMeGateway>;
