/** A long quote, shortened for a thread's heading line: whole words, then an ellipsis. */
export function shortQuote(text: string, limit = 280): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const space = cut.lastIndexOf(" ");
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
