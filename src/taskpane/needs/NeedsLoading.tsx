import { Spinner } from '@fluentui/react-components';
import { ProblemMessage } from '../components/ProblemMessage';
import { useLocalized } from '../i18n/localized';
import { needsStrings } from './needsStrings';
import type { NeedsModel } from './useNeeds';

/** While the needs are read, or why they could not be (a missing grant names it), with a retry. */
export function NeedsLoading({ needs }: { needs: NeedsModel }) {
  const s = useLocalized(needsStrings);
  if (needs.state.status === 'loading') return <Spinner size="tiny" label={s.loading} />;
  if (needs.state.status === 'failed')
    return <ProblemMessage title={s.loadFailed} error={needs.state.error} onRetry={needs.reload} />;
  return null;
}
