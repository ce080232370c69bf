import { createContext } from "react";

/**
 * This person's changes the server has not confirmed storing yet (the whole document's). A context, not a prop
 * through the sections: it changes with every keystroke, and only the Saved statuses read it, so only they
 * render again; a prop re-rendered every section of the paper twice per keystroke.
 */
export const UnsavedChanges = createContext(0);
