import type { Client } from '@microsoft/microsoft-graph-client';
import type { User } from '@microsoft/microsoft-graph-types';
import type { Organiser } from '../domain/organiser';
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

export function createMeGateway(client: Client) {
  return {
    /** GET /me with only the fields the pane shows. */
    getOrganiser: () =>
      graphCall(async () => {
        const user = (await client
          .api('/me')
          .select(['id', 'displayName', 'mail', 'userPrincipalName', 'jobTitle'])
          .middlewareOptions([scopesFor('profile')])
          .get()) as User;
        return toOrganiser(user);
      }, PROFILE),
  };
}

export type MeGateway = ReturnType<typeof createMeGateway>;
