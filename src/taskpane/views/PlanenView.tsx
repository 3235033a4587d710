import { Button, Spinner } from '@fluentui/react-components';
import { ViewIntro } from '../components/ViewIntro';
import { useStrings } from '../i18n/useStrings';
import { PlanenScreen } from '../planen/PlanenScreen';
import { usePlanning } from '../planen/usePlanning';

export default function PlanenView() {
  const strings = useStrings();
  const { state, retry } = usePlanning();
  return (
    <>
      <ViewIntro view="planen" />
      {state.status === 'loading' && <Spinner size="small" label="Die Planung wird aus SharePoint geladen …" />}
      {state.status === 'error' && (
        <Button appearance="primary" onClick={retry}>
          {strings.retry}
        </Button>
      )}
      {state.status === 'ready' && <PlanenScreen model={state.value} />}
    </>
  );
}
