/** The only place that asks Office.js who hosts us. Everything else receives a HostContext. */
export interface HostContext {
  /** True inside Outlook; false in a plain browser tab (standalone demo and browser tests). */
  inOffice: boolean;
  /** BCP 47 tag of Office's display language; German outside Office (the county's language). */
  displayLanguage: string;
  /** Office's theme is dark (derived from its body background colour). */
  darkTheme: boolean;
}

/** How long we wait for Office.onReady before treating the page as standalone. */
const READY_TIMEOUT_MS = 5000;

function luminance(hex: string): number {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) return 1;
  const value = parseInt(match[1], 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

function standalone(): HostContext {
  return { inOffice: false, displayLanguage: 'de-DE', darkTheme: false };
}

function fromOffice(host: Office.HostType | null): HostContext {
  if (!host) return standalone();
  const theme = Office.context.officeTheme as Office.OfficeTheme | undefined;
  return {
    inOffice: true,
    displayLanguage: Office.context.displayLanguage || 'de-DE',
    darkTheme: theme ? luminance(theme.bodyBackgroundColor) < 0.4 : false,
  };
}

/**
 * Resolves once Office.js is ready. Outside Office (no Office global, or onReady reporting no host,
 * or no answer in time) it resolves as standalone; it never rejects.
 */
export function whenOfficeReady(timeoutMs = READY_TIMEOUT_MS): Promise<HostContext> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve(standalone());
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(standalone()), timeoutMs);
    Office.onReady()
      .then((info) => resolve(fromOffice(info.host)))
      .catch(() => resolve(standalone()))
      .finally(() => clearTimeout(timer));
  });
}
