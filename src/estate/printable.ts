/**
 * Names and descriptions from the files reach the route's text output; a
 * control character in them (a stray escape sequence, a carriage return) must
 * not reach a terminal. A shared cleaner may replace this one.
 */

// C0 and C1 controls and DEL; tabs and line breaks are controls here too, since every printed value sits on one line.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** `text` with each control character shown as `\u{…}`, so it prints on one line and cannot steer a terminal. */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
