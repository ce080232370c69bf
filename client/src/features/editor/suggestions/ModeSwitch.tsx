import { useId } from "react";
import type { EditorMode } from "../../../review/sectionAccess";
import { sectionControl } from "../../documents/useSectionRoving";

export type SuggestionView = "shown" | "accepted" | "original";

const MODE_WORDS: Record<EditorMode, { label: string; hint: string }> = {
  editing: { label: "Editing", hint: "Your changes go straight into the text." },
  suggesting: { label: "Suggesting", hint: "What you type is proposed to the owners; the agreed text does not change until they accept it." },
  viewing: { label: "Viewing", hint: "Read, select and comment; nothing you type changes the text." },
};

const VIEW_WORDS: Record<SuggestionView, string> = {
  shown: "Suggestions shown",
  accepted: "All accepted (preview)",
  original: "Original (all rejected)",
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
  const name = useId();
  const viewId = useId();
  return (
    <div className="mode-switch">
      {modes.length > 1 ? (
        <fieldset className="mode-switch__modes">
          <legend className="visually-hidden">Mode for “{sectionTitle}”</legend>
          {modes.map((m) => (
            <label key={m} className={m === mode ? "mode-switch__mode mode-switch__mode--current" : "mode-switch__mode"}>
              <input {...sectionControl} type="radio" name={name} value={m} checked={m === mode} onChange={() => onModeChange(m)} />
              {MODE_WORDS[m].label}
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="mode-switch__only">{MODE_WORDS[mode].label}</p>
      )}
      {/* Suggesting says it in its bar above the text, where the typing happens: not twice. */}
      {mode !== "suggesting" && <p className="mode-switch__hint">{MODE_WORDS[mode].hint}</p>}
      {(openSuggestions > 0 || view !== "shown") && (
        <div className="mode-switch__view">
          <label htmlFor={viewId}>Show</label>
          <select id={viewId} className="select input--compact" value={view} onChange={(event) => onViewChange(event.target.value as SuggestionView)}>
            {(Object.keys(VIEW_WORDS) as SuggestionView[]).map((v) => (
              <option key={v} value={v}>
                {VIEW_WORDS[v]}
              </option>
            ))}
          </select>
          <span className="mode-switch__count">
            {openSuggestions} open {openSuggestions === 1 ? "suggestion" : "suggestions"}
          </span>
        </div>
      )}
    </div>
  );
}
