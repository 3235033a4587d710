import type { Locator, Page } from 'playwright-core';

/** Whether the keyboard focus is on this element. */
export function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement);
}

/**
 * Waits until the keyboard focus is on this element (a re-render moves it there after the click that
 * caused it; on a busy machine that render may come a moment later): fails if it never arrives.
 */
export async function focusArrives(target: Locator, timeout = 10_000): Promise<void> {
  const element = await target.elementHandle({ timeout });
  try {
    await target.page().waitForFunction((el) => el === document.activeElement, element, { timeout });
  } catch {
    throw new Error(`the focus did not reach ${String(target)}`);
  }
}

/** Presses Tab (or Shift+Tab) until the target has the focus: the keyboard is the only way in. */
export async function tabTo(page: Page, target: Locator, options: { backwards?: boolean; limit?: number } = {}) {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  for (let i = 0; i < (options.limit ?? 80); i++) {
    await page.keyboard.press(key);
    if (await hasFocus(target)) return;
  }
  throw new Error(`${String(target)} was not reached by ${key}`);
}
