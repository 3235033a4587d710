import type { TokenService } from './auth';
import type { FaultInjector } from './faults';
import type { Journal } from './journal';
import type { Store } from './store';
import type { TenantHolder } from './tenant';

/** What the Graph pipeline and the control API both work with: the state, tokens, faults, journal, tenant and clock. */
export interface EmulatorCore {
  store: Store;
  tokens: TokenService;
  faults: FaultInjector;
  journal: Journal;
  /** the tenant's grants: each request sees the profile of its moment */
  tenant: TenantHolder;
  now: () => Date;
}
