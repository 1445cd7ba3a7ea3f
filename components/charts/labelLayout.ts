import { textUnits } from '../../lib/textWidth';

/** A direct label that wants to sit at `y` (its centre), `height` pixels tall. */
export interface WantedLabel {
  key: string;
  y: number;
  height: number;
}

/**
 * Vertical positions for direct labels that must not overlap: each label stays at the height it
 * wants unless that would collide with a neighbour; colliding labels are gathered into a block
 * stacked `gap` apart and centred on the mean of what its members wanted (the least total movement
 * for a block), and blocks are merged until none overlap. The whole stack is kept inside
 * [top, bottom] (label centres); if it is taller than that, it starts at `top`.
 * Returns the centre y of each label by key; order from top to bottom is kept.
 */
export function dodgeLabels(labels: readonly WantedLabel[], top: number, bottom: number, gap = 2): Map<string, number> {
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  // a block: consecutive labels stacked edge to edge; `offsets` are member centres from the block's first centre
  interface Block {
    members: WantedLabel[];
    offsets: number[];
    start: number;
  }
  const span = (b: Block) => b.offsets.at(-1)!;
  const place = (b: Block) => {
    const mean = b.members.reduce((sum, m, i) => sum + m.y - b.offsets[i], 0) / b.members.length;
    b.start = Math.min(Math.max(mean, top), Math.max(top, bottom - span(b)));
  };
  const blocks: Block[] = [];
  for (const label of sorted) {
    const block: Block = { members: [label], offsets: [0], start: 0 };
    place(block);
    blocks.push(block);
    // merge backwards while the new block overlaps the one above it
    while (blocks.length > 1) {
      const below = blocks.at(-1)!;
      const above = blocks.at(-2)!;
      const lastAbove = above.members.at(-1)!;
      const need = lastAbove.height / 2 + gap + below.members[0].height / 2;
      if (below.start - (above.start + span(above)) >= need - 1e-9) break;
      const shift = span(above) + need;
      above.members.push(...below.members);
      above.offsets.push(...below.offsets.map((o) => o + shift));
      blocks.pop();
      place(above);
    }
  }
  const result = new Map<string, number>();
  for (const b of blocks) b.members.forEach((m, i) => result.set(m.key, b.start + b.offsets[i]));
  return result;
}

/** Roughly how wide a bold 12 px chart label is drawn, in pixels, before the browser has measured it. */
export function labelWidth(text: string): number {
  return Math.ceil(textUnits(text) * 7.2);
}
