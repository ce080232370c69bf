import { useId } from "react";
import type { EditorMode } from "../../../review/sectionAccess";
import { sectionControl } from "../../documents/useSectionRoving";
import { useT } from "../../../i18n/useLocale";
import type { MessageId } from "../../../i18n/catalogues";

export type SuggestionView = "shown" | "accepted" | "original";

const MODE_WORDS: Record<EditorMode, { label: MessageId; hint: MessageId }> = {
  editing: { label: "editor.mode.editing", hint: "editor.mode.editingHint" },
  suggesting: { label: "editor.mode.suggesting", hint: "editor.mode.suggestingHint" },
  viewing: { label: "editor.mode.viewing", hint: "editor.mode.viewingHint" },
};

const VIEW_WORDS: Record<SuggestionView, MessageId> = {
  shown: "editor.view.shown",
  accepted: "editor.view.accepted",
  original: "editor.view.original",
};

interface Props {
  sectionTitle: string;
  modes: readonly EditorMode[];
  mode: EditorMode;
  onModeChange(mode: EditorMode): void;
  view: SuggestionView;
  onViewChange(view: SuggestionView): void;
  /** How many suggestions are open in the section (the view choice is offered when there are any). */
  openSuggestions: number;
}

/** The section's mode (how your keyboard changes it) and what the text shows, in plain words. */
export function ModeSwitch({ sectionTitle, modes, mode, onModeChange, view, onViewChange, openSuggestions }: Props) {
  const t = useT();
  const name = useId();
  const viewId = useId();
  return (
    <div className="mode-switch">
      {modes.length > 1 ? (
        <fieldset className="mode-switch__modes">
          <legend className="visually-hidden">{t("editor.mode.legend", { title: sectionTitle })}</legend>
          {modes.map((m) => (
            <label key={m} className={m === mode ? "mode-switch__mode mode-switch__mode--current" : "mode-switch__mode"}>
              <input {...sectionControl} type="radio" name={name} value={m} checked={m === mode} onChange={() => onModeChange(m)} />
              {t(MODE_WORDS[m].label)}
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="mode-switch__only">{t(MODE_WORDS[mode].label)}</p>
      )}
      {/* Suggesting says it in its bar above the text, where the typing happens: not twice. */}
      {mode !== "suggesting" && <p className="mode-switch__hint">{t(MODE_WORDS[mode].hint)}</p>}
      {(openSuggestions > 0 || view !== "shown") && (
        <div className="mode-switch__view">
          <label htmlFor={viewId}>{t("editor.view.show")}</label>
          <select id={viewId} className="select input--compact" value={view} onChange={(event) => onViewChange(event.target.value as SuggestionView)}>
            {(Object.keys(VIEW_WORDS) as SuggestionView[]).map((v) => (
              <option key={v} value={v}>
                {t(VIEW_WORDS[v])}
              </option>
            ))}
          </select>
          <span className="mode-switch__count">
            {t("editor.view.open", { count: openSuggestions })}
          </span>
        </div>
      )}
    </div>
  );
}
