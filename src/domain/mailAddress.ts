/**
 * Whether text is one plain mail address (name@example.de): no spaces, exactly one @, a dot in the
 * domain, no angle brackets (a "Name <address>" form is not an address, and Graph rejects it as a recipient).
 */
export function isMailAddress(text: string): boolean {
  return /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(text);
}
