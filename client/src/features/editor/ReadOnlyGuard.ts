import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { isChangeOrigin } from "@tiptap/extension-collaboration";

/**
 * A read-only section shows exactly what the Y.Doc holds. Plugins that "fix" a document on their own (tables
 * normalising cells, for instance) would otherwise make the view differ from the Y.Doc, and the sync binding
 * would then write the difference: an update this reader may not send, refused by the server.
 *
 * While a keyboard user selects text in it (the text is then focusable, with a caret), typing, pasting and
 * dropping are stopped before the browser changes the page.
 */
export const ReadOnlyGuard = Extension.create({
  name: "readOnlyGuard",

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("readOnlyGuard"),
        filterTransaction: (transaction) => !transaction.docChanged || isChangeOrigin(transaction),
        props: {
          handleTextInput: () => true,
          handlePaste: () => true,
          handleDrop: () => true,
          handleDOMEvents: {
            beforeinput: (_view, event) => {
              event.preventDefault();
              return true;
            },
          },
        },
      }),
    ];
  },
});
