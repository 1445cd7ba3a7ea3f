import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The chapters' sources, read as text: where their exercises sit and how they are named. */
const dir = path.join(process.cwd(), 'content');
const chapters = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ file: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
const EXERCISE_TAG = /<(NumericExercise|ChoiceExercise|MultipleChoiceExercise)\b/g;

describe('exercises in the chapters', () => {
  it('come from the registry, never from an import', () => {
    for (const { file, text } of chapters) {
      expect(text, file).not.toMatch(/^import .*(Exercise|components\/exercise|components\/review)/m);
    }
  });

  it('sit in one <Exercises> block under the last "## Exercises" heading of the chapter', () => {
    let withExercises = 0;
    for (const { file, text } of chapters) {
      const tags = [...text.matchAll(EXERCISE_TAG)];
      if (tags.length === 0) continue;
      withExercises++;
      const heading = text.indexOf('\n## Exercises\n');
      const open = text.indexOf('<Exercises>');
      const close = text.indexOf('</Exercises>');
      expect(heading, `${file}: "## Exercises" heading`).toBeGreaterThan(0);
      expect(text.indexOf('\n## ', heading + 1), `${file}: a section after the exercises`).toBe(-1);
      expect(open, file).toBeGreaterThan(heading);
      expect(text.indexOf('<Exercises>', open + 1), `${file}: one block`).toBe(-1);
      for (const t of tags)
        expect(t.index! > open && t.index! < close, `${file}: ${t[0]} outside <Exercises>`).toBe(true);
    }
    expect(withExercises).toBeGreaterThanOrEqual(10);
  });

  it('have ids unique across the book (progress is stored under them)', () => {
    const ids = chapters.flatMap(({ text }) =>
      [...text.matchAll(/<(?:Numeric|Choice|MultipleChoice)Exercise\s+id="([^"]+)"/g)].map((m) => m[1]),
    );
    expect(ids.length).toBeGreaterThan(40);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
