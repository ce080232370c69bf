/**
 * Why a file could not be imported. `too_large`: over one of the size limits (413); `unreadable`: not a Word
 * document, or a damaged one (400); `busy`: too many files waiting to be read (503); `stopped`: the reading ended
 * for a reason of the server's (500). The message says what to do next and is shown to the admin as it is.
 */
export class ImportError extends Error {
  constructor(
    readonly kind: "too_large" | "unreadable" | "busy" | "stopped",
    message: string,
  ) {
    super(message);
    this.name = "ImportError";
  }
}

export const unreadable = (message: string) => new ImportError("unreadable", message);
export const tooLarge = (message: string) => new ImportError("too_large", message);
