import { getSchema } from "@tiptap/core";
import { extensions } from "./extensions";

/** The ProseMirror schema of a section's text, derived from the one extension list. */
export const schema = getSchema(extensions);
