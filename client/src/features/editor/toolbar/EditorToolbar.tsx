import { useId, type ReactNode } from "react";
import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { COMMENT_COMMAND_ID, FOOTNOTE_COMMAND_ID, LINK_COMMAND_ID, TOOLBAR_GROUPS } from "./toolbarCommands";
import { selectToolbarState } from "./toolbarState";
import { ToolbarButton } from "./ToolbarButton";
import { LinkField } from "./LinkField";
import { useRovingFocus } from "./useRovingFocus";
import { useT } from "../../../i18n/useLocale";

interface Props {
  editor: Editor;
  sectionTitle: string;
  /** The id of the editable text the toolbar acts on. */
  editorId: string;
  linkOpen: boolean;
  onLinkOpenChange(open: boolean): void;
  /** Start a comment thread on the selection. */
  onComment(): void;
  /** Write a footnote where the selection ends, or open the selected one. */
  onFootnote(): void;
  /** Shown beside the toolbar (the connection state while it is not online). */
  note?: ReactNode;
}

/** Formatting (and commenting) for one editable section: a WAI-ARIA toolbar (one Tab stop, arrow keys inside). */
export function EditorToolbar({ editor, sectionTitle, editorId, linkOpen, onLinkOpenChange, onComment, onFootnote, note }: Props) {
  const t = useT();
  const state = useEditorState({ editor, selector: selectToolbarState });
  const groups = TOOLBAR_GROUPS.filter((group) => !group.visible || group.visible(state));
  const roving = useRovingFocus(groups.flatMap((group) => group.commands.map((command) => command.id)));
  const linkFieldId = useId();

  const closeLink = (applied: boolean) => {
    onLinkOpenChange(false);
    // Cancelled: back to the button that opened the field. Applied: the field already focused the text.
    if (!applied) requestAnimationFrame(() => roving.focus(LINK_COMMAND_ID));
  };

  return (
    <div className="editor__toolbar">
      <div className="editor__toolbar-row">
        <div className="toolbar" role="toolbar" aria-label={t("editor.toolbar.label", { title: sectionTitle })} aria-controls={editorId} onKeyDown={roving.onKeyDown}>
          {groups.map((group) => (
            <div key={group.label} className="toolbar__group" role="group" aria-label={t(group.label)}>
              {group.commands.map((command) => {
                const isLink = command.id === LINK_COMMAND_ID;
                const handled: Record<string, () => void> = { [LINK_COMMAND_ID]: () => onLinkOpenChange(!linkOpen), [COMMENT_COMMAND_ID]: onComment, [FOOTNOTE_COMMAND_ID]: onFootnote };
                const press = handled[command.id] ?? (() => command.run(editor));
                return (
                  <ToolbarButton
                    key={command.id}
                    command={command}
                    state={state}
                    tabIndex={roving.tabIndexOf(command.id)}
                    buttonRef={roving.refFor(command.id)}
                    onFocus={() => roving.onItemFocus(command.id)}
                    onPress={press}
                    expanded={isLink ? linkOpen : undefined}
                    controls={isLink ? linkFieldId : undefined}
                  />
                );
              })}
            </div>
          ))}
        </div>
        {note}
      </div>
      {linkOpen && <LinkField id={linkFieldId} editor={editor} onClose={closeLink} />}
    </div>
  );
}
