/** Declares one area's messages: English must translate exactly the German keys. */
export function defineMessages<const De extends Record<string, string>>(
  de: De,
  en: { [K in keyof De]: string },
): { de: De; en: { [K in keyof De]: string } } {
  return { de, en };
}
