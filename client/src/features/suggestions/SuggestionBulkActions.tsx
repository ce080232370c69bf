import { useId, useRef, useState } from "react";
import type { SuggestionDecision } from "../../../../shared/api/suggestions";
import { useAction } from "../../ui/useAction";
import { bulkChoices, type BulkChoice } from "./bulkChoices";
import { decideSuggestions, decisionWords } from "./decideSuggestions";
import type { SuggestionCard } from "./suggestionCards";

interface Props {
  documentId: string;
  sectionId: string;
  cards: readonly SuggestionCard[];
  /** Decided: what happened, in words. */
  onDone(message: string): void;
}

const options = (label: string, choices: readonly BulkChoice[]) =>
  choices.length > 0 && (
    <optgroup label={label}>
      {choices.map((choice) => (
        <option key={choice.key} value={choice.key}>
          {choice.label} ({choice.ids.length})
        </option>
      ))}
    </optgroup>
  );

type Bulk = Exclude<SuggestionDecision, "withdraw">;
const VERB: Record<Bulk, string> = { accept: "Accept", reject: "Reject" };
const BUSY: Record<Bulk, string> = { accept: "Accepting…", reject: "Rejecting…" };

/**
 * Accept or reject many suggestions at once: all of the section's, one person's or one group's. Asks once more
 * before doing it, with the count and whose they are.
 */
export function SuggestionBulkActions({ documentId, sectionId, cards, onDone }: Props) {
  const selectId = useId();
  const questionId = useId();
  const [key, setKey] = useState("all");
  const [confirming, setConfirming] = useState<Bulk | null>(null);
  const action = useAction();
  const asked = useRef<HTMLButtonElement | null>(null);
  const choices = bulkChoices(cards);
  const chosen = choices.find((choice) => choice.key === key) ?? choices[0];
  if (!chosen) return null;
  const people = choices.filter((choice) => choice.key.startsWith("person:"));
  const groups = choices.filter((choice) => choice.key.startsWith("group:"));
  const count = chosen.ids.length;
  const whose = chosen.key === "all" ? "in this section" : `by ${chosen.label}`;
  const noun = count === 1 ? "suggestion" : "suggestions";

  const cancel = () => {
    setConfirming(null);
    requestAnimationFrame(() => asked.current?.focus());
  };

  async function decide(decision: Bulk) {
    let words = "";
    const done = await action.run(decision, async () => {
      words = decisionWords(await decideSuggestions(documentId, sectionId, decision, chosen!.ids));
    });
    if (!done) return;
    setConfirming(null);
    setKey("all");
    onDone(words);
  }

  const ask = (decision: Bulk) => (
    <button
      type="button"
      className="button button--secondary button--small"
      onClick={(event) => {
        asked.current = event.currentTarget;
        action.clearError();
        setConfirming(decision);
      }}
    >
      {VERB[decision]} {chosen.key === "all" ? "all" : count}
      <span className="visually-hidden">
        {" "}
        {noun} {whose}
      </span>
    </button>
  );

  return (
    <div className="suggestion-bulk" role="group" aria-label="Decide on several suggestions">
      {choices.length > 1 && (
        <div className="suggestion-bulk__choice">
          <label htmlFor={selectId}>Suggestions by</label>
          <select
            id={selectId}
            className="input input--compact select suggestion-bulk__select"
            value={chosen.key}
            onChange={(event) => {
              setKey(event.target.value);
              setConfirming(null);
            }}
          >
            <option value="all">Everyone ({cards.length})</option>
            {options("People", people)}
            {options("Groups", groups)}
          </select>
        </div>
      )}
      {confirming ? (
        <div className="suggestion-bulk__confirm">
          <p id={questionId} className="suggestion-bulk__question">
            {VERB[confirming]} {count} {noun} {whose}?
          </p>
          <button
            type="button"
            className={`button button--small ${confirming === "accept" ? "button--primary" : "button--danger"}`}
            aria-describedby={questionId}
            aria-disabled={action.busy !== null || undefined}
            onClick={() => void decide(confirming)}
            autoFocus
          >
            {action.busy ? BUSY[confirming] : `${VERB[confirming]} ${count}`}
          </button>
          <button type="button" className="button button--link" onClick={cancel}>
            Cancel
          </button>
        </div>
      ) : (
        <div className="suggestion-bulk__actions">
          {ask("accept")}
          {ask("reject")}
        </div>
      )}
      {action.error && (
        <p className="field__error" role="alert">
          {action.error}
        </p>
      )}
    </div>
  );
}
