/** HTML escaping for the overview page's parts and the seeded rich-text columns. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Any value as text safe inside HTML (objects as JSON, null and undefined as nothing). */
export function escapeHtml(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
