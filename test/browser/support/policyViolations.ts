import type { BrowserContext } from 'playwright-core';

/** One breach of a page's Content-Security-Policy, as Chromium reported it. */
export interface PolicyViolation {
  /** The address of the page (or frame) it happened in. */
  url: string;
  /** `event`: a securitypolicyviolation event; `console`: the message Chromium writes for each violation. */
  via: 'event' | 'console';
  text: string;
}

const BINDING = '__treffpunktPolicyViolation';
const recorded: PolicyViolation[] = [];

/**
 * Records every Content-Security-Policy violation in the context's pages until `takePolicyViolations`.
 * Two ways, because neither sees everything: the securitypolicyviolation event carries the directive
 * and the blocked address but fires only in documents that run scripts (not in the sandboxed invitation
 * preview); Chromium's console message comes from every frame, in wording that changes between versions.
 */
export async function watchPolicyViolations(context: BrowserContext): Promise<void> {
  await context.exposeBinding(BINDING, ({ frame }, text: string) => {
    recorded.push({ url: frame.url(), via: 'event', text });
  });
  await context.addInitScript((binding: string) => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as Record<string, ((text: string) => void) | undefined>)[binding];
        const where = event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : '';
        report?.(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'}${where}`);
      },
      true,
    );
  }, BINDING);
  context.on('console', (message) => {
    if (!/Content[- ]Security[- ]Policy/i.test(message.text())) return;
    recorded.push({
      url: message.location().url || (message.page()?.url() ?? ''),
      via: 'console',
      text: message.text(),
    });
  });
}

/** The violations recorded since the last call (and forgets them). */
export function takePolicyViolations(): PolicyViolation[] {
  return recorded.splice(0);
}

/** A failure message naming each violation once. */
export function describePolicyViolations(violations: PolicyViolation[]): string {
  const lines = [...new Set(violations.map((v) => `- [${v.via}] ${v.url}: ${v.text}`))];
  return (
    `${violations.length} Content-Security-Policy violation(s) in the pane (scripts/contentSecurityPolicy.cjs ` +
    `builds the policy; an inline <style> needs its hash there):\n${lines.join('\n')}`
  );
}
