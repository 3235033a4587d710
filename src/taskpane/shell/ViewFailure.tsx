import { Button } from '@fluentui/react-components';
import { Notice } from '../components/Notice';
import { ViewIntro } from '../components/ViewIntro';
import { useLocalized } from '../i18n/localized';
import type { ViewId } from '../i18n/strings';
import { useStrings } from '../i18n/useStrings';
import { viewFailureStrings } from './viewFailureStrings';

export interface ViewFailureProps {
  view: ViewId;
  onReload: () => void;
  /** Opens Planen (not offered when Planen itself failed). */
  onOpen: (view: ViewId) => void;
}

/** In place of a view that failed to render: what happened, what to do, and the way back. */
export function ViewFailure({ view, onReload, onOpen }: ViewFailureProps) {
  const strings = useLocalized(viewFailureStrings);
  const planning = useStrings().views.planen.label;
  const actions = (
    <>
      <Button onClick={onReload}>{strings.reload}</Button>
      {view !== 'planen' && <Button onClick={() => onOpen('planen')}>{strings.toView(planning)}</Button>}
    </>
  );
  return (
    <>
      <ViewIntro view={view} />
      <Notice intent="error" title={strings.title} actions={actions}>
        {strings.body}
      </Notice>
    </>
  );
}
