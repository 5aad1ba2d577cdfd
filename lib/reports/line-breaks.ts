// Where a line of the PDF report may break: the Unicode Line Breaking Algorithm (UAX #14) from
// `linebreak` (the implementation pdfkit itself uses). It knows that Chinese breaks between any two
// ideographs, that closing punctuation never starts a line and opening punctuation never ends one,
// and the rules of every other script the six languages use.
import LineBreaker from "linebreak";

/** A paragraph cut where a line may break; each piece keeps its trailing spaces, so the pieces join back to the text. */
export function breakPieces(text: string): string[] {
  const pieces: string[] = [];
  const breaker = new LineBreaker(text);
  let last = 0;
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
    if (next.position > last) pieces.push(text.slice(last, next.position));
    last = next.position;
  }
  return pieces;
}
