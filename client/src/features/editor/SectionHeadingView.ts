import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";

/**
 * On the page a section's title is an h2, so the text's own headings (levels 2 and 3 in the schema, as in every
 * export) are drawn one level down, h3 and h4, as the read-only view always did. A node view changes only what
 * the editor draws; copy, paste and exports keep the schema's levels.
 */
export const SectionHeadingView = Extension.create({
  name: "sectionHeadingView",

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("sectionHeadingView"),
        props: {
          nodeViews: {
            heading: (node) => {
              const dom = document.createElement(Number(node.attrs.level) === 3 ? "h4" : "h3");
              return { dom, contentDOM: dom };
            },
          },
        },
      }),
    ];
  },
});
