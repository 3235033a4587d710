/**
 * Lines of text for the PDF: a text is cut into runs by the font subset that holds each character
 * (fonts.ts) and wrapped to a width at spaces, after a hyphen or slash between letters, and, for a word
 * longer than the line, between characters. Pure: the widths come from the caller's measure.
 */
import { fontKey, subsetOf, type FontKey, type FontWeight } from '../fonts';

export interface Run {
  text: string;
  font: FontKey;
}

export interface TextStyle {
  size: number;
  weight: FontWeight;
  /** Line height as a multiple of the size. */
  leading: number;
}

export interface Line {
  runs: Run[];
  width: number;
}

/** The width of a run at a size, in points. */
export type Measure = (run: Run, size: number) => number;

/** Consecutive characters of one subset form a run; text is normalised (NFC) first. */
export function runsOf(text: string, weight: FontWeight): Run[] {
  const runs: Run[] = [];
  for (const char of text.normalize('NFC')) {
    const font = fontKey(weight, subsetOf(char.codePointAt(0) ?? 0));
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += char;
    else runs.push({ text: char, font });
  }
  return runs;
}

export function widthOf(text: string, style: TextStyle, measure: Measure): number {
  return runsOf(text, style.weight).reduce((sum, run) => sum + measure(run, style.size), 0);
}

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);
const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** Pieces that end where a line may break; joined, they give the text back. */
export function breakUnits(text: string): string[] {
  const chars = [...text];
  const units: string[] = [];
  let unit = '';
  chars.forEach((char, i) => {
    unit += char;
    const next = chars[i + 1];
    const afterSpace = isSpace(char) && !isSpace(next);
    const afterHyphen = (char === '-' || char === '/') && isWordChar(chars[i - 1]) && isWordChar(next);
    if (next === undefined || afterSpace || afterHyphen) {
      units.push(unit);
      unit = '';
    }
  });
  return units;
}

/** A word wider than the line, cut between characters into pieces that fit. */
function cutWord(word: string, maxWidth: number, width: (text: string) => number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && width(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  return [...pieces, piece];
}

/** Lines as cut, each with the spaces it ended on (the break's space stays in the text, not the width). */
function wrapParagraph(text: string, maxWidth: number, width: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of breakUnits(text)) {
    if (line && width((line + unit).trimEnd()) <= maxWidth) {
      line += unit;
      continue;
    }
    if (line) lines.push(line);
    const pieces = width(unit.trimEnd()) > maxWidth ? cutWord(unit, maxWidth, width) : [unit];
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1] ?? '';
  }
  return [...lines, line];
}

/**
 * The text's lines within maxWidth; a line break in the text starts a new line, an empty one too. A line
 * that ends at a space or a line break keeps one space at its end, so the text read back (copied, or read
 * aloud from the structure) has the words apart; its width leaves the space out.
 */
export function wrap(text: string, maxWidth: number, style: TextStyle, measure: Measure): Line[] {
  const width = (part: string) => widthOf(part, style, measure);
  const lines = text
    .normalize('NFC')
    .split(/\r?\n/)
    .flatMap((paragraph, index, all) => {
      const cut = wrapParagraph(paragraph, maxWidth, width);
      return index < all.length - 1 ? [...cut.slice(0, -1), `${cut[cut.length - 1] ?? ''} `] : cut;
    });
  return lines.map((line, index) => {
    const shown = line.trimEnd();
    const kept = index < lines.length - 1 && shown !== line ? `${shown} ` : shown;
    return { runs: runsOf(kept, style.weight), width: width(shown) };
  });
}
