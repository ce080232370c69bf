import { useId, useRef, useState } from "react";
import type { SuggestionDecision } from "../../../../shared/api/suggestions";
import type { MessageId } from "../../i18n/catalogues";
import { useRichT, useT } from "../../i18n/useLocale";
import { hidden } from "../../i18n/tags";
import { useAction } from "../../ui/useAction";
import { bulkChoices, type BulkChoice } from "./bulkChoices";
import { BUSY_MESSAGES, decideSuggestions, decisionWords } from "./decideSuggestions";
import type { SuggestionCard } from "./suggestionCards";

interface Props {
  documentId: string;
  sectionId: string;
  cards: readonly SuggestionCard[];
  /** Decided: what happened, in words. */
  onDone(message: string): void;
}

type Bulk = Exclude<SuggestionDecision, "withdraw">;

/** The words of each step, for all of a section's suggestions or for one person's or group's. */
const MESSAGES: Record<Bulk, Record<"askAll" | "askBy" | "confirmAll" | "confirmBy" | "go", MessageId>> = {
  accept: {
    askAll: "suggestions.bulk.acceptAll",
    askBy: "suggestions.bulk.acceptBy",
    confirmAll: "suggestions.bulk.confirmAcceptAll",
    confirmBy: "suggestions.bulk.confirmAcceptBy",
    go: "suggestions.bulk.accept",
  },
  reject: {
    askAll: "suggestions.bulk.rejectAll",
    askBy: "suggestions.bulk.rejectBy",
    confirmAll: "suggestions.bulk.confirmRejectAll",
    confirmBy: "suggestions.bulk.confirmRejectBy",
    go: "suggestions.bulk.reject",
  },
};

/**
 * Accept or reject many suggestions at once: all of the section's, one person's or one group's. Asks once more
 * before doing it, with the count and whose they are.
 */
export function SuggestionBulkActions({ documentId, sectionId, cards, onDone }: Props) {
  const t = useT();
  const rich = useRichT();
  const selectId = useId();
  const questionId = useId();
  const [key, setKey] = useState("all");
  const [confirming, setConfirming] = useState<Bulk | null>(null);
  const action = useAction();
  const asked = useRef<HTMLButtonElement | null>(null);
  const choices = bulkChoices(cards, { everyone: t("suggestions.bulk.everyone"), someone: t("needs.someone") });
  const chosen = choices.find((choice) => choice.key === key) ?? choices[0];
  if (!chosen) return null;
  const people = choices.filter((choice) => choice.key.startsWith("person:"));
  const groups = choices.filter((choice) => choice.key.startsWith("group:"));
  const count = chosen.ids.length;
  const all = chosen.key === "all";
  const values = { count, name: chosen.label };

  const options = (label: string, list: readonly BulkChoice[]) =>
    list.length > 0 && (
      <optgroup label={label}>
        {list.map((choice) => (
          <option key={choice.key} value={choice.key}>
            {t("suggestions.bulk.option", { label: choice.label, count: choice.ids.length })}
          </option>
        ))}
      </optgroup>
    );

  const cancel = () => {
    setConfirming(null);
    requestAnimationFrame(() => asked.current?.focus());
  };

  async function decide(decision: Bulk) {
    let words = "";
    const done = await action.run(decision, async () => {
      words = decisionWords(await decideSuggestions(documentId, sectionId, decision, chosen!.ids), t);
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
      {rich(all ? MESSAGES[decision].askAll : MESSAGES[decision].askBy, { ...values, hidden })}
    </button>
  );

  return (
    <div className="suggestion-bulk" role="group" aria-label={t("suggestions.bulk.group")}>
      {choices.length > 1 && (
        <div className="suggestion-bulk__choice">
          <label htmlFor={selectId}>{t("suggestions.bulk.by")}</label>
          <select
            id={selectId}
            className="input input--compact select suggestion-bulk__select"
            value={chosen.key}
            onChange={(event) => {
              setKey(event.target.value);
              setConfirming(null);
            }}
          >
            <option value="all">{t("suggestions.bulk.option", { label: t("suggestions.bulk.everyone"), count: cards.length })}</option>
            {options(t("suggestions.bulk.people"), people)}
            {options(t("suggestions.bulk.groups"), groups)}
          </select>
        </div>
      )}
      {confirming ? (
        <div className="suggestion-bulk__confirm">
          <p id={questionId} className="suggestion-bulk__question">
            {t(all ? MESSAGES[confirming].confirmAll : MESSAGES[confirming].confirmBy, values)}
          </p>
          <button
            type="button"
            className={`button button--small ${confirming === "accept" ? "button--primary" : "button--danger"}`}
            aria-describedby={questionId}
            aria-disabled={action.busy !== null || undefined}
            onClick={() => void decide(confirming)}
            autoFocus
          >
            {action.busy ? t(BUSY_MESSAGES[confirming]) : t(MESSAGES[confirming].go, { count })}
          </button>
          <button type="button" className="button button--link" onClick={cancel}>
            {t("common.cancel")}
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
