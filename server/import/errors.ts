import { translate, type ServerText } from "../i18n/translate";

/**
 * Why a file could not be imported. `too_large`: over one of the size limits (413); `unreadable`: not a Word
 * document, or a damaged one (400); `busy`: too many files waiting to be read (503); `stopped`: the reading ended
 * for a reason of the server's (500). `text` says what to do next, in the admin's language when the route answers
 * (Error's own message is the English, for logs and tests).
 */
export class ImportError extends Error {
  constructor(
    readonly kind: "too_large" | "unreadable" | "busy" | "stopped",
    readonly text: ServerText,
  ) {
    super(translate("en", text));
    this.name = "ImportError";
  }
}

export const unreadable = (text: ServerText) => new ImportError("unreadable", text);
export const tooLarge = (text: ServerText) => new ImportError("too_large", text);
