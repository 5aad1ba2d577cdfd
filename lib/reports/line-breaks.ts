// Chinese has no spaces: a line may break between any two ideographs, kana or fullwidth forms.
const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{3FFFF}]/u;
// Closing punctuation never starts a line and opening punctuation never ends one (kinsoku).
const NO_START = /[)\]}»、。，．：；！？」』》）】〕〉”’·・%]/u;
const NO_END = /[([{«「『《（【〔〈“‘]/u;
const SPACE = /\s/u;

/** A paragraph cut where a line may break; each piece keeps its trailing spaces, so the pieces join back to the text. */
export function breakPieces(text: string): string[] {
  const pieces: string[] = [];
  let current = "";
  let previous = "";
  for (const ch of text) {
    const afterSpace = SPACE.test(previous) && !SPACE.test(ch);
    const betweenIdeographs = (CJK.test(previous) || CJK.test(ch)) && !SPACE.test(ch) && !NO_START.test(ch) && !NO_END.test(previous);
    if (current !== "" && (afterSpace || betweenIdeographs)) {
      pieces.push(current);
      current = "";
    }
    current += ch;
    previous = ch;
  }
  if (current !== "") pieces.push(current);
  return pieces;
}
