import { lazy, type LazyExoticComponent } from 'react';
import type { ViewId } from '../i18n/strings';

type View = LazyExoticComponent<() => React.JSX.Element>;

/** How long a view's chunk waits at most for the opening's first answer before it is evaluated. */
export const VIEW_WAIT_MS = 100;

let openingAnswered: Promise<unknown> = Promise.resolve();

/**
 * The composition root's: the opening's first answer (never rejects). Evaluating and first rendering a
 * view is one long task; where the answer arrives meanwhile, its handling (the header's name, the view's
 * own meeting, which the view cannot show without) waits behind it. So the first view waits for that
 * answer, at most VIEW_WAIT_MS: with Microsoft 365 slower than that, it is evaluated while the answer travels.
 */
export function viewsAfterOpening(answered: Promise<unknown>): void {
  openingAnswered = answered;
}

const view = (load: () => Promise<{ default: () => React.JSX.Element }>): View =>
  lazy(() => Promise.race([openingAnswered, new Promise((resolve) => setTimeout(resolve, VIEW_WAIT_MS))]).then(load));

/**
 * The route table: each view is a feature folder whose `<X>View.tsx` is loaded when the view is first
 * shown. A new view is a folder, a `ViewId` with its strings, and a row here.
 */
export const routes: Record<ViewId, View> = {
  planen: view(() => import(/* webpackChunkName: "view-planen" */ '../planen/PlanenView')),
  einladung: view(() => import(/* webpackChunkName: "view-einladung" */ '../einladung/EinladungView')),
  protokoll: view(() => import(/* webpackChunkName: "view-protokoll" */ '../protokoll/ProtokollView')),
  ausgaben: view(() => import(/* webpackChunkName: "view-ausgaben" */ '../ausgaben/AusgabenView')),
  verlauf: view(() => import(/* webpackChunkName: "view-verlauf" */ '../verlauf/VerlaufView')),
  einstellungen: view(() => import(/* webpackChunkName: "view-einstellungen" */ '../einstellungen/EinstellungenView')),
};
