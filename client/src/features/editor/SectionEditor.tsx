import { useId, useState } from "react";
import { EditorContent, useEditor } from "@tiptap/react";
import type * as Y from "yjs";
import type { Awareness } from "y-protocols/awareness";
import { sectionEditorExtensions } from "./sectionEditorExtensions";
import { EditorToolbar } from "./toolbar/EditorToolbar";
import type { ConnectionStatus } from "../../collab/connectionStatus";
import { EditorConnectionNote } from "../collab/EditorConnectionNote";

interface Props {
  sectionId: string;
  sectionTitle: string;
  editable: boolean;
  doc: Y.Doc;
  awareness: Awareness;
  status: ConnectionStatus;
}

const isLinkShortcut = (event: KeyboardEvent) => (event.metaKey || event.ctrlKey) && !event.altKey && event.key.toLowerCase() === "k";

/**
 * One section's live text, bound to its fragment of the document's Y.Doc. Editable sections get the toolbar;
 * read-only ones show the same live text (and the others' carets) without it.
 */
export function SectionEditor({ sectionId, sectionTitle, editable, doc, awareness, status }: Props) {
  const editorId = useId();
  const [linkOpen, setLinkOpen] = useState(false);

  const editor = useEditor(
    {
      extensions: sectionEditorExtensions({ doc, awareness, sectionId, editable }),
      editable,
      editorProps: {
        attributes: editable
          ? { id: editorId, class: "prose editor__text", role: "textbox", "aria-multiline": "true", "aria-label": `Text of “${sectionTitle}”` }
          : // Read-only text is plain content (its headings stay navigable), not a text field.
            { id: editorId, class: "prose editor__text editor__text--readonly", role: "presentation" },
        handleKeyDown: (_view, event) => {
          if (!editable || !isLinkShortcut(event)) return false;
          event.preventDefault();
          setLinkOpen(true);
          return true;
        },
      },
    },
    [doc, awareness, sectionId, editable, sectionTitle, editorId],
  );

  return (
    <div className={editable ? "editor" : "editor editor--readonly"}>
      {editable && editor && (
        <EditorToolbar
          editor={editor}
          sectionTitle={sectionTitle}
          editorId={editorId}
          linkOpen={linkOpen}
          onLinkOpenChange={setLinkOpen}
          note={<EditorConnectionNote status={status} />}
        />
      )}
      <EditorContent editor={editor} />
    </div>
  );
}
