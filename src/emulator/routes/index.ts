import type { Route } from '../context';
import { batchRoutes } from './batch';
import { calendarViewRoutes } from './calendarView';
import { columnRoutes } from './columns';
import { driveContentRoutes } from './driveContent';
import { driveFolderRoutes } from './driveFolders';
import { driveRoutes } from './drives';
import { eventAttachmentRoutes } from './eventAttachments';
import { eventRoutes } from './events';
import { groupRoutes } from './groups';
import { itemRoutes } from './items';
import { listRoutes } from './lists';
import { mailRoutes } from './mail';
import { meRoutes } from './me';
import { siteRoutes } from './sites';
import { todoRoutes } from './todo';
import { userRoutes } from './users';

/** Every route table, one per Graph resource. */
export const allRoutes: Route[] = [
  ...meRoutes,
  ...userRoutes,
  ...groupRoutes,
  ...siteRoutes,
  ...listRoutes,
  ...columnRoutes,
  ...itemRoutes,
  ...driveRoutes,
  ...driveFolderRoutes,
  ...driveContentRoutes,
  ...eventRoutes,
  ...eventAttachmentRoutes,
  ...calendarViewRoutes,
  ...todoRoutes,
  ...mailRoutes,
  ...batchRoutes,
];
