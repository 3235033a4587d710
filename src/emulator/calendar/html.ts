/** HTML to plain text, the way a mail client shows an HTML body's text part: lists numbered, blocks on lines. */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const BLOCKS = /^(p|div|h[1-6]|tr|table|blockquote|section|article|header|footer)$/;

function tagText(tag: string, lists: { ordered: boolean; n: number }[]): string {
  const match = /^<\s*(\/?)\s*([a-z0-9]+)/i.exec(tag);
  if (!match) return '';
  const closing = match[1] === '/';
  const name = (match[2] ?? '').toLowerCase();
  if (name === 'br') return '\n';
  if (name === 'ol' || name === 'ul') {
    if (closing) lists.pop();
    else lists.push({ ordered: name === 'ol', n: 0 });
    return lists.length === 0 || (!closing && lists.length === 1) ? '\n' : '';
  }
  if (name === 'li' && !closing) {
    const list = lists[lists.length - 1];
    const indent = '  '.repeat(Math.max(0, lists.length - 1));
    if (!list) return '\n- ';
    list.n += 1;
    return `\n${indent}${list.ordered ? `${list.n}.` : '-'} `;
  }
  return BLOCKS.test(name) ? '\n' : '';
}

export function htmlToText(html: string): string {
  const lists: { ordered: boolean; n: number }[] = [];
  const cleaned = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style|head|title)\b[\s\S]*?<\/\1\s*>/gi, '');
  let out = '';
  for (const token of cleaned.split(/(<[^>]*>)/)) {
    if (token.startsWith('<')) out += tagText(token, lists);
    else out += decodeEntities(token.replace(/\s+/g, ' '));
  }
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/g, '').replace(/^ (?=\S)/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
