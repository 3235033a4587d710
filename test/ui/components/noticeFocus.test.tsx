import type * as ReactModule from 'react';
import type * as TestingLibrary from '@testing-library/react';
import type * as NoticeModule from '../../../src/taskpane/components/Notice';

/*
 * The first notice of a pane shows plain while Fluent's MessageBar loads, then the bar takes its place. The
 * set-up loads the bars before every file, so the swap would not happen there: React, the testing library
 * and the notice are loaded afresh here (without JSX, which would name the other React; the library's pure entry, whose
 * import adds no hooks).
 */
describe('Notice: the bar taking the plain notice’s place', () => {
  it('keeps a keyboard user’s focus on the same button (the undo of a removed line, focused at once)', async () => {
    await jest.isolateModulesAsync(async () => {
      const React = require('react') as typeof ReactModule;
      const { cleanup, render, screen, waitFor } = require('@testing-library/react/pure') as typeof TestingLibrary;
      const { Notice } = require('../../../src/taskpane/components/Notice') as typeof NoticeModule;
      // Focused once, as the pane focuses the undo after removing a line (not again on a later mount).
      let focused = false;
      const focusAtOnce = (button: HTMLButtonElement | null) => {
        if (!button || focused) return;
        focused = true;
        button.focus();
      };
      const undo = React.createElement('button', { ref: focusAtOnce }, 'Rückgängig');
      render(React.createElement(Notice, { intent: 'info', actions: undo }, '„Wasser und Saft“ entfernt.'));
      expect(document.querySelector('.fui-MessageBar')).toBeNull();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rückgängig' }));

      await waitFor(() => expect(document.querySelector('.fui-MessageBar')).not.toBeNull());
      const inBar = screen.getByRole('button', { name: 'Rückgängig' });
      expect(inBar.closest('.fui-MessageBar')).not.toBeNull();
      expect(document.activeElement).toBe(inBar);
      cleanup();
    });
  });
});
