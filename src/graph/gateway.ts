import type { Client } from '@microsoft/microsoft-graph-client';
import { createMeGateway } from './meGateway';

/** Everything the task pane may ask of Microsoft 365, as domain types. */
export function createGateway(client: Client) {
  return {
    me: createMeGateway(client),
  };
}

export type Gateway = ReturnType<typeof createGateway>;
