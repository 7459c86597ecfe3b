/** Quotes text as a CSS string, escaping what could end the string or the <style> element around it. */
export function cssString(text: string): string {
  const escaped = text
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/[\n\r\f]/g, ' ')
    .replace(/</g, '\\3c ');
  return `"${escaped}"`;
}
