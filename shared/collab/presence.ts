// Caret and avatar colours: dark enough for white label text (contrast >= 4.5:1) and distinct from each other.
const PALETTE = ["#1f5fa8", "#a3342c", "#2b6e3f", "#7a3f99", "#9a5200", "#00707a", "#b0305f", "#4b5563", "#5b4fc4", "#806000"];

/** The same user always gets the same colour, on every screen. */
export function presenceColor(userId: string): string {
  let hash = 0;
  for (let i = 0; i < userId.length; i++) hash = (hash * 31 + userId.charCodeAt(i)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}
