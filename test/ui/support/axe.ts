import { act } from '@testing-library/react';
import axe from 'axe-core';

/** axe on the rendered screen (colour contrast and landmarks are checked in the browser tests). */
export async function axeViolations(container: HTMLElement): Promise<string[]> {
  let results: axe.AxeResults | undefined;
  await act(async () => {
    results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  });
  return (results?.violations ?? []).map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
