import { lazy, type LazyExoticComponent } from 'react';
import type { ViewId } from '../i18n/strings';
import { inNextTask } from '../nextTask';

/**
 * The route table: each view is a feature folder whose `<X>View.tsx` is loaded when the view is first
 * shown (its modules evaluated in one task, its first render in the next). A new view is a folder, a
 * `ViewId` with its strings, and a row here.
 */
export const routes: Record<ViewId, LazyExoticComponent<() => React.JSX.Element>> = {
  planen: lazy(() => inNextTask(import(/* webpackChunkName: "view-planen" */ '../planen/PlanenView'))),
  einladung: lazy(() => inNextTask(import(/* webpackChunkName: "view-einladung" */ '../einladung/EinladungView'))),
  protokoll: lazy(() => inNextTask(import(/* webpackChunkName: "view-protokoll" */ '../protokoll/ProtokollView'))),
  ausgaben: lazy(() => inNextTask(import(/* webpackChunkName: "view-ausgaben" */ '../ausgaben/AusgabenView'))),
  verlauf: lazy(() => inNextTask(import(/* webpackChunkName: "view-verlauf" */ '../verlauf/VerlaufView'))),
  einstellungen: lazy(() =>
    inNextTask(import(/* webpackChunkName: "view-einstellungen" */ '../einstellungen/EinstellungenView')),
  ),
};
