import { FluentProvider, Input, Textarea, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { fieldLimitError } from '../../../src/domain/fieldLimits';
import { ErrorReason } from '../../../src/taskpane/access/ErrorReason';
import { ANNOUNCE_AFTER_MS, LimitedField } from '../../../src/taskpane/components/LimitedField';
import { LanguageContext } from '../../../src/taskpane/i18n/localized';
import type { Language } from '../../../src/taskpane/i18n/strings';

function Limited({
  initial = '',
  limit,
  hint,
  message,
}: {
  initial?: string;
  limit: number;
  hint?: string;
  message?: string;
}) {
  const [text, setText] = useState(initial);
  return (
    <LimitedField label="Notiz" text={text} limit={limit} hint={hint} validationMessage={message}>
      <Textarea value={text} onChange={(_, data) => setText(data.value)} />
    </LimitedField>
  );
}

function renderIn(ui: React.ReactElement, language: Language = 'de') {
  return render(
    <LanguageContext.Provider value={language}>
      <FluentProvider theme={webLightTheme}>
        {ui}
        <Input aria-label="Anderswo" />
      </FluentProvider>
    </LanguageContext.Provider>,
  );
}

const box = () => screen.getByRole('textbox', { name: 'Notiz' });
/** The polite live region beside the control. */
const announcer = () => box().parentElement!.parentElement!.querySelector('[aria-live="polite"]')!;
const paste = (text: string) => fireEvent.change(box(), { target: { value: text } });

describe('LimitedField: a text against the limit of its SharePoint column', () => {
  it('says nothing below 90 % of the limit', async () => {
    renderIn(<Limited limit={1000} />);
    await userEvent.click(box());
    paste('a'.repeat(899));
    expect(screen.queryByText(/von 1\.000 Zeichen/)).not.toBeInTheDocument();
    expect(box()).not.toHaveAttribute('aria-invalid');
  });

  it('shows a counter from 90 % while the field is being typed in, described to the field', async () => {
    renderIn(<Limited limit={63_999} hint="Stichworte genügen." />);
    await userEvent.click(box());
    paste('a'.repeat(57_600));
    expect(box()).toHaveAccessibleDescription('Stichworte genügen. 57.600 von 63.999 Zeichen');
    await userEvent.click(screen.getByRole('textbox', { name: 'Anderswo' }));
    expect(screen.queryByText(/von 63\.999 Zeichen/)).not.toBeInTheDocument();
  });

  it('announces the counter politely once typing pauses, not at every keystroke', async () => {
    jest.useFakeTimers();
    try {
      renderIn(<Limited limit={100} />);
      fireEvent.focus(box());
      paste('a'.repeat(95));
      expect(announcer()).toBeEmptyDOMElement();
      act(() => jest.advanceTimersByTime(ANNOUNCE_AFTER_MS / 2));
      paste('a'.repeat(96));
      act(() => jest.advanceTimersByTime(ANNOUNCE_AFTER_MS / 2));
      expect(announcer()).toBeEmptyDOMElement();
      act(() => jest.advanceTimersByTime(ANNOUNCE_AFTER_MS));
      expect(announcer()).toHaveTextContent('96 von 100 Zeichen');
    } finally {
      jest.useRealTimers();
    }
  });

  it('over the limit: a German message at the field, the counter, and every character kept', async () => {
    renderIn(<Limited limit={63_999} />);
    await userEvent.click(box());
    paste('x'.repeat(100_000));
    expect(box()).toHaveValue('x'.repeat(100_000));
    expect(box()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Zu lang: höchstens 63.999 Zeichen – bitte kürzen oder aufteilen.',
    );
    expect(box()).toHaveAccessibleDescription(
      'Zu lang: höchstens 63.999 Zeichen – bitte kürzen oder aufteilen. 100.000 von 63.999 Zeichen',
    );
    // it stays when the user goes elsewhere
    await userEvent.click(screen.getByRole('textbox', { name: 'Anderswo' }));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.getByText('100.000 von 63.999 Zeichen')).toBeInTheDocument();
  });

  it('typing on past the limit is not cut either', async () => {
    renderIn(<Limited limit={255} initial={'n'.repeat(254)} />);
    await userEvent.type(box(), 'abc');
    expect(box()).toHaveValue(`${'n'.repeat(254)}abc`);
    expect(screen.getByRole('alert')).toHaveTextContent('höchstens 255 Zeichen');
  });

  it('puts "too long" before the field’s own message, and shows its own once it fits', async () => {
    renderIn(<Limited limit={5} initial="abcdef" message="Bitte eine Adresse." />);
    expect(screen.getByRole('alert')).toHaveTextContent('Zu lang: höchstens 5 Zeichen');
    await userEvent.type(box(), '{Backspace}');
    expect(screen.getByRole('alert')).toHaveTextContent('Bitte eine Adresse.');
  });

  it('speaks English in an English pane', async () => {
    renderIn(<Limited limit={63_999} initial={'y'.repeat(64_000)} />, 'en');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Too long: at most 63,999 characters – please shorten or split it.',
    );
    expect(screen.getByText('64,000 of 63,999 characters')).toBeInTheDocument();
  });
});

describe('ErrorReason for a save refused as too long', () => {
  const error = fieldLimitError([{ column: 'TpProtokoll', label: 'Protokoll', length: 100_512, limit: 63_999 }]);

  it('names the field instead of "Microsoft 365 hat die Angaben nicht angenommen"', () => {
    renderIn(<ErrorReason error={error} />);
    expect(
      screen.getByText(
        '„Protokoll“ ist zu lang für die SharePoint-Liste (höchstens 63.999 Zeichen) und wurde deshalb nicht ' +
          'gespeichert. Bitte kürzen Sie den markierten Text oder teilen Sie ihn auf; Ihre Eingaben bleiben auf ' +
          'diesem Gerät erhalten.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/nicht angenommen/)).not.toBeInTheDocument();
  });

  it('in English too', () => {
    renderIn(<ErrorReason error={error} />, 'en');
    expect(
      screen.getByText(/^“Protokoll” is too long for the SharePoint list \(at most 63,999 characters\)/),
    ).toBeInTheDocument();
  });
});
