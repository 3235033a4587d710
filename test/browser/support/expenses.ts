import type { Page } from 'playwright-core';

export interface ExpenseLine {
  category: string;
  /** Typed into the closed category select: type-ahead picks the option. ASCII only: Playwright sends
   * other characters as inserted text, which Chromium puts into the last text field, not the select. */
  typeAhead: string;
  description: string;
  amount: string;
  paidBy: string;
  receipt: string;
}

export const EXPENSE_LINES: ExpenseLine[] = [
  {
    category: 'Verpflegung',
    typeAhead: 'Verpf',
    description: 'Kaffee und Kekse',
    amount: '24,90',
    paidBy: 'M. Albers',
    receipt: '2026-014',
  },
  {
    category: 'Getränke',
    typeAhead: 'Getr',
    description: 'Wasser und Saft',
    amount: '12,50',
    paidBy: 'M. Albers',
    receipt: '2026-015',
  },
  {
    category: 'Fahrtkosten',
    typeAhead: 'Fahrt',
    description: 'Bahnfahrt Referentin',
    amount: '38,6',
    paidBy: '',
    receipt: 'R-17',
  },
];

export const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const label = el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : undefined;
    return { role: el?.getAttribute('role'), name: el?.getAttribute('aria-label') ?? label ?? el?.textContent ?? '' };
  });

/** From the category select: choose, Tab through the fields typing, then Enter (or Space on the button). */
export async function typeExpenseLine(page: Page, line: ExpenseLine, submit: 'Enter' | 'Space') {
  await page.keyboard.type(line.typeAhead);
  for (const text of [line.description, line.amount, line.paidBy, line.receipt]) {
    await page.keyboard.press('Tab');
    await page.keyboard.type(text);
  }
  if (submit === 'Space') {
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('Ausgabe hinzufügen');
  }
  await page.keyboard.press(submit);
  await page.getByText(`„${line.description}“ mit`).waitFor();
}
