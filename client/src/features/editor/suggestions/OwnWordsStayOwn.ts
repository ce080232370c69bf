import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { isCollaborationChange } from "../suggesting/suggestingDispatch";
import { SUGGESTION_KINDS } from "../../../../../shared/editor/marks/suggestion";

const key = new PluginKey("ownWordsStayOwn");

/**
 * While an owner edits (not suggests), what they type goes straight into the text, even inside someone else's
 * suggestion: ProseMirror would carry that suggestion's mark onto the new letters (a mark continues inside its
 * own run), filing the owner's words under the suggester's name. The marks are taken off what this transaction
 * inserted; the suggestion around it stays as it was, in two parts.
 */
export const OwnWordsStayOwn = Extension.create({
  name: "ownWordsStayOwn",

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key,
        appendTransaction(transactions, _old, state) {
          // Every step map of this dispatch in order, with whether the user's own editing made it.
          const maps = transactions.flatMap((tr) => {
            const typed = tr.docChanged && !isCollaborationChange(tr) && tr.getMeta(key) === undefined;
            return tr.mapping.maps.map((map) => ({ map, typed }));
          });
          const ranges: Array<{ from: number; to: number }> = [];
          maps.forEach(({ map, typed }, index) => {
            if (!typed) return;
            map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
              let from = newStart;
              let to = newEnd;
              for (const later of maps.slice(index + 1)) {
                from = later.map.map(from, 1);
                to = later.map.map(to, -1);
              }
              if (from < to) ranges.push({ from, to });
            });
          });
          let out: Transaction | null = null;
          for (const { from, to } of ranges) {
            for (const kind of SUGGESTION_KINDS) {
              const type = state.schema.marks[kind]!;
              if (!state.doc.rangeHasMark(from, to, type)) continue;
              out ??= state.tr.setMeta(key, true);
              out.removeMark(from, to, type);
            }
          }
          return out;
        },
      }),
    ];
  },
});
