/**
 * Why a file could not be imported. `too_large`: over one of the size limits (413); `unreadable`: not a Word
 * document, or a damaged one (400). The message says what to do next and is shown to the admin as it is.
 */
export class ImportError extends Error {
  constructor(
    readonly kind: "too_large" | "unreadable",
    message: string,
  ) {
    super(message);
    this.name = "ImportError";
  }
}

export const unreadable = (message: string) => new ImportError("unreadable", message);
export const tooLarge = (message: string) => new ImportError("too_large", message);
