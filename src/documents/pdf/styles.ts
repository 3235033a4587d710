/**
 * The PDF's type and spacing. Sizes are for A4; an A3 page scales everything by √2 (the photocopier's
 * enlargement from A4 to A3): an A3 poster reads from √2 times as far as the A4 one.
 */
import type { DocumentModel } from '../../domain/documents/documentModel';
import type { TextStyle } from './textLayout';

export const CM = 72 / 2.54;

/** Black text, dark grey rules, a light grey behind header and totals rows (contrast well above 7:1). */
export const INK = '#000000';
export const RULE = '#4d4d4d';
export const SHADE = '#e6e6e6';

export type ParagraphSize = 'small' | 'normal' | 'large' | 'poster';

const PARAGRAPH_SIZES: Record<ParagraphSize, number> = { small: 9, normal: 11, large: 14, poster: 32 };
const HEADING_SIZES: Record<1 | 2 | 3, number> = { 1: 20, 2: 15, 3: 12.5 };

export function scaleOf(page: DocumentModel['page']): number {
  return page.size === 'A3' ? Math.SQRT2 : 1;
}

export function paragraphStyle(scale: number, size: ParagraphSize = 'normal', strong = false): TextStyle {
  return {
    size: PARAGRAPH_SIZES[size] * scale,
    weight: strong ? 'bold' : 'regular',
    leading: size === 'poster' ? 1.2 : 1.3,
  };
}

export function headingStyle(scale: number, level: 1 | 2 | 3): TextStyle {
  return { size: HEADING_SIZES[level] * scale, weight: 'bold', leading: 1.2 };
}

/** Page margins; the bottom one holds the page numbers. */
export function pageMargins(scale: number): { top: number; bottom: number; left: number; right: number } {
  return { top: 2 * CM * scale, bottom: 2.2 * CM * scale, left: 2 * CM * scale, right: 2 * CM * scale };
}
