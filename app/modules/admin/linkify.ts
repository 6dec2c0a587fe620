/**
 * Splits plain text into text and http(s) links, so that a mail's links can be rendered clickable.
 * React escapes the text parts: nothing else in the text is interpreted.
 */
export function linkify(text: string): { text: string; href?: string }[] {
  const parts: { text: string; href?: string }[] = [];
  // A link ends before whitespace, quotes, angle brackets and trailing punctuation.
  const pattern = /https?:\/\/[^\s<>"]*[^\s<>".,;:!?)]/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: match[0], href: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
