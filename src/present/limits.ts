/** Discord's hard limits on what one message may carry. */
export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  embedTotal: 6000,
  customId: 100,
  choices: 25,
  choiceName: 100,
} as const;

/** The kinds of quote listed when none is asked for, on every surface: words in quotation marks and reported speech. */
export const DEFAULT_QUOTE_KINDS = ['quote', 'statement'] as const;

/** How many results a search returns by default and at most, on every surface (Discord, console, command line). */
export const SEARCH_LIMIT = { default: 10, max: 25 } as const;

/** Cut text to a length, on a word boundary when one is near, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.7 ? cut.slice(0, space) : cut}…`;
}
