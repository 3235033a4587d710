import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { useFocusAfterRender } from '../../../src/taskpane/hooks/useFocusAfterRender';

/** A list whose new line arrives one render after the click: another update renders first. */
function Lines({ renderFirst }: { renderFirst: boolean }) {
  const { root, focusAfterRender } = useFocusAfterRender();
  const [lines, setLines] = useState<string[]>([]);
  const [, setTick] = useState(0);
  const add = () => {
    const id = `line-${lines.length + 1}`;
    focusAfterRender(id);
    if (renderFirst) {
      setTick((t) => t + 1);
      setTimeout(() => setLines((all) => [...all, id]), 0);
    } else setLines((all) => [...all, id]);
  };
  return (
    <div ref={root}>
      {lines.map((id) => (
        <input key={id} aria-label={id} data-focus={id} />
      ))}
      <button onClick={add}>Hinzufügen</button>
    </div>
  );
}

describe('useFocusAfterRender', () => {
  it.each([
    ['in the same render', false],
    ['after another render came first', true],
  ])('puts the focus in the new line %s', async (_, renderFirst) => {
    render(<Lines renderFirst={renderFirst} />);
    await act(async () => {
      screen.getByRole('button', { name: 'Hinzufügen' }).click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.getByRole('textbox', { name: 'line-1' })).toHaveFocus();
  });
});
