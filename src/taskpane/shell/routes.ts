import { lazy, type LazyExoticComponent } from 'react';
import type { ViewId } from '../i18n/strings';

/**
 * The route table: each view is a feature folder whose `<X>View.tsx` is loaded when the view is first
 * shown. A new view is a folder, a `ViewId` with its strings, and a row here.
 */
export const routes: Record<ViewId, LazyExoticComponent<() => React.JSX.Element>> = {
  planen: lazy(() => import(/* webpackChunkName: "view-planen" */ '../planen/PlanenView')),
  einladung: lazy(() => import(/* webpackChunkName: "view-einladung" */ '../einladung/EinladungView')),
  protokoll: lazy(() => import(/* webpackChunkName: "view-protokoll" */ '../protokoll/ProtokollView')),
  ausgaben: lazy(() => import(/* webpackChunkName: "view-ausgaben" */ '../ausgaben/AusgabenView')),
  verlauf: lazy(() => import(/* webpackChunkName: "view-verlauf" */ '../verlauf/VerlaufView')),
  einstellungen: lazy(() => import(/* webpackChunkName: "view-einstellungen" */ '../einstellungen/EinstellungenView')),
};
