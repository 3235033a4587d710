import type { Route } from '../context';
import { batchRoutes } from './batch';
import { groupRoutes } from './groups';
import { itemRoutes } from './items';
import { listRoutes } from './lists';
import { meRoutes } from './me';
import { siteRoutes } from './sites';
import { userRoutes } from './users';

/** Every route table, one per Graph resource. */
export const allRoutes: Route[] = [
  ...meRoutes,
  ...userRoutes,
  ...groupRoutes,
  ...siteRoutes,
  ...listRoutes,
  ...itemRoutes,
  ...batchRoutes,
];
