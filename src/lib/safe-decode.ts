/** Decodes percent-escapes, or undefined when the text is not valid percent-encoding (`%E0%A4%A`). */
export function safeDecode(text: string, decode: (text: string) => string = decodeURIComponent): string | undefined {
  try {
    return decode(text);
  } catch {
    return undefined;
  }
}
