import { screen, waitFor } from '@testing-library/react';

/**
 * A confirmation dialog that has opened, found by the title it is labelled by. In jsdom (no layout)
 * Fluent focuses the dialog surface instead of its first button, tabster then misses the modal's
 * activation and marks the open surface aria-hidden (microsoft/fluentui#33897), which also empties its
 * computed name; role queries inside it need `hidden: true`. The real dialog is checked with axe and
 * by keyboard in the browser tests.
 */
export function openedDialog(title: string): Promise<HTMLElement> {
  return waitFor(() => {
    const dialog = screen.getAllByRole('dialog', { hidden: true }).find((d) => {
      const label = document.getElementById(d.getAttribute('aria-labelledby') ?? '');
      return label?.textContent === title;
    });
    if (!dialog) throw new Error(`No open dialog titled "${title}".`);
    return dialog;
  });
}
