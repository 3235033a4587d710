import { cleanup, render, waitFor } from '@testing-library/react';
import { AppError } from '../../../src/domain/appError';
import { Notice } from '../../../src/taskpane/components/Notice';
import { ErrorsContext } from '../../../src/taskpane/hooks/useErrors';
import { ErrorArea } from '../../../src/taskpane/shell/ErrorArea';

/**
 * The notices' and the error area's MessageBars come in a chunk of their own, and React shows a lazy
 * component's fallback for a while after its first render. Each test file loads them once first, so its
 * tests meet the bars as the pane shows them from then on; the plain fallback has its own test
 * (test/browser/hinweisOhneNetz.test.ts: the chunk out of reach).
 */
export async function loadNoticeBars(): Promise<void> {
  const errors = [{ id: 1, error: new AppError('offline', 'fetch failed') }];
  render(
    <>
      <Notice intent="info">geladen</Notice>
      <ErrorsContext.Provider value={{ errors, report: () => undefined, dismiss: () => undefined }}>
        <ErrorArea />
      </ErrorsContext.Provider>
    </>,
  );
  await waitFor(() => expect(document.querySelectorAll('.fui-MessageBar')).toHaveLength(2));
  cleanup();
}
