import type { Run, RunMark } from './cell-runs.js';

// Breaks runs of Chinese text into lines of a given width. Chinese breaks between any two
// characters, except that closing punctuation never starts a line (避头点), so the
// character before it moves down with it. A line break in the text starts a new line (款).

export type PlacedRun = Readonly<{ text: string; mark: RunMark; x: number; width: number }>;
export type Line = readonly PlacedRun[];

export type Measure = (character: string) => number;

const NO_LINE_START = /[，。、；：？！）》」』”’…,.;:?!)\]]/u;

type Glyph = { character: string; mark: RunMark; width: number };

export function layoutRuns(runs: readonly Run[], maxWidth: number, measure: Measure): Line[] {
  const lines: Glyph[][] = [[]];
  let lineWidth = 0;

  const current = (): Glyph[] => lines[lines.length - 1]!;
  const breakLine = (): void => {
    lines.push([]);
    lineWidth = 0;
  };

  for (const run of runs) {
    for (const character of run.text) {
      if (character === '\n') {
        breakLine();
        continue;
      }

      const glyph = { character, mark: run.mark, width: measure(character) };
      if (lineWidth + glyph.width > maxWidth && current().length > 0) {
        const carry = NO_LINE_START.test(character) && current().length > 1;
        const carried = carry ? current().pop() : undefined;
        breakLine();
        if (carried !== undefined) {
          current().push(carried);
          lineWidth += carried.width;
        }
      }

      current().push(glyph);
      lineWidth += glyph.width;
    }
  }

  return lines.map(placeGlyphs);
}

// Neighbouring glyphs with the same mark become one run, drawn with one call.
function placeGlyphs(glyphs: readonly Glyph[]): Line {
  const placed: { text: string; mark: RunMark; x: number; width: number }[] = [];
  let x = 0;

  for (const glyph of glyphs) {
    const last = placed[placed.length - 1];
    if (last !== undefined && last.mark === glyph.mark) {
      last.text += glyph.character;
      last.width += glyph.width;
    } else {
      placed.push({ text: glyph.character, mark: glyph.mark, x, width: glyph.width });
    }
    x += glyph.width;
  }
  return placed;
}
