// The part of linebreak's API this project uses (the package ships no types).
declare module "linebreak" {
  export default class LineBreaker {
    constructor(text: string);
    /** The next break opportunity (a string offset), or null after the last one. */
    nextBreak(): { position: number; required: boolean } | null;
  }
}
