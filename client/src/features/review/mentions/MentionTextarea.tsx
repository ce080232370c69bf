import { useEffect, useRef, useState, type KeyboardEvent, type Ref } from "react";
import { describedBy } from "../../../ui/fieldProps";
import { FieldMessages } from "../../../ui/FieldMessages";
import { insertMention, matchMentionables, mentionAt, type Mentionable } from "../../../review/mentionQuery";
import { useMentionables } from "./useMentionables";
import { useT } from "../../../i18n/useLocale";

interface Props {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  /** The people and groups picked from the list so far (sent with the text, if still written in it). */
  chosen: readonly Mentionable[];
  onChosenChange(chosen: Mentionable[]): void;
  error?: string;
  rows?: number;
  autoFocus?: boolean;
  /** Ctrl+Enter (⌘Enter): send. */
  onSubmitShortcut?(): void;
  /** Escape while no list is open. */
  onEscape?(): void;
  ref?: Ref<HTMLTextAreaElement>;
}

/**
 * A comment field where "@" offers people and groups: a list under the field, driven from the field itself
 * (arrow keys move through it, Enter or Tab picks, Escape closes it), announced as it changes. It follows the ARIA
 * combobox pattern as far as a textarea may: HTML allows a textarea no role but textbox (nor aria-expanded), so the
 * field names its list (aria-controls, aria-autocomplete) and the active option (aria-activedescendant), and the
 * keyboard never leaves the field.
 */
export function MentionTextarea({ id, label, value, onChange, chosen, onChosenChange, error, rows = 3, autoFocus, onSubmitShortcut, onEscape, ref }: Props) {
  const t = useT();
  const hint = t("review.mention.hint");
  const mentionables = useMentionables();
  const field = useRef<HTMLTextAreaElement | null>(null);
  const [caret, setCaret] = useState(value.length);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  /** Enter pressed on "@wg3" before the people and groups had loaded: where that "@" is, to pick once they have. */
  const [pendingPick, setPendingPick] = useState<number | null>(null);
  const mention = mentionAt(value, caret);
  const options = mention && dismissedAt !== mention.start ? matchMentionables(mentionables.items, mention.query) : [];
  const open = options.length > 0;
  const current = Math.min(active, Math.max(options.length - 1, 0));
  const listId = `${id}-mentions`;
  const optionId = (item: Mentionable) => `${id}-mention-${item.kind}-${item.id}`;

  useEffect(() => {
    if (mention) mentionables.load();
  }, [mention !== null]);

  useEffect(() => {
    if (pendingPick === null) return;
    if (!mention || mention.start !== pendingPick || dismissedAt === pendingPick) setPendingPick(null);
    else if (options.length > 0) {
      setPendingPick(null);
      choose(options[0]!);
    } else if (mentionables.status !== "loading") setPendingPick(null);
  }, [pendingPick, mentionables.status, options.length, mention?.start]);

  const setRefs = (element: HTMLTextAreaElement | null) => {
    field.current = element;
    if (typeof ref === "function") ref(element);
    else if (ref) ref.current = element;
  };

  const choose = (item: Mentionable) => {
    if (!mention) return;
    const next = insertMention(value, mention, caret, item);
    onChange(next.text);
    onChosenChange([...chosen.filter((c) => !(c.kind === item.kind && c.id === item.id)), item]);
    setCaret(next.caret);
    setActive(0);
    // That "@" is done: its list stays closed while the sentence goes on.
    setDismissedAt(mention.start);
    requestAnimationFrame(() => field.current?.setSelectionRange(next.caret, next.caret));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const plainEnter = event.key === "Enter" && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
    if (!open && plainEnter && mention && mention.query.length > 0 && dismissedAt !== mention.start && mentionables.status !== "ready" && mentionables.status !== "error") {
      // Typed faster than the list loads: Enter still means "this one", not a new line.
      event.preventDefault();
      setPendingPick(mention.start);
      return;
    }
    if (open) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        setActive((current + (event.key === "ArrowDown" ? 1 : -1) + options.length) % options.length);
        return;
      }
      if ((event.key === "Enter" && !event.ctrlKey && !event.metaKey) || event.key === "Tab") {
        event.preventDefault();
        choose(options[current]!);
        return;
      }
      if (event.key === "Escape") {
        // Closes the list only: not the form or dialog around the field.
        event.preventDefault();
        event.stopPropagation();
        setDismissedAt(mention?.start ?? null);
        return;
      }
    }
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && onSubmitShortcut) {
      event.preventDefault();
      onSubmitShortcut();
      return;
    }
    if (event.key === "Escape" && onEscape) {
      event.preventDefault();
      event.stopPropagation();
      onEscape();
    }
  };

  const announcement = !mention
    ? ""
    : mentionables.status === "loading"
      ? t("review.mention.loading")
      : open
        ? t("review.mention.matches", { count: options.length })
        : mention.query.length > 0 && dismissedAt !== mention.start
          ? t("review.mention.none")
          : "";

  return (
    <div className="field mention-field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="mention-field__box">
        <textarea
          ref={setRefs}
          className="input input--multiline mention-field__input"
          value={value}
          rows={rows}
          dir="auto"
          autoFocus={autoFocus}
          onChange={(event) => {
            onChange(event.target.value);
            setCaret(event.target.selectionStart);
            setActive(0);
          }}
          onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
          onBlur={() => setDismissedAt(mention?.start ?? null)}
          onFocus={() => {
            setDismissedAt(null);
            // Ready before the "@": whoever mentions someone types fast.
            mentionables.load();
          }}
          aria-autocomplete="list"
          aria-controls={open ? listId : undefined}
          aria-activedescendant={open ? optionId(options[current]!) : undefined}
          {...describedBy(id, hint, error)}
        />
        {open && (
          <ul className="mention-list" id={listId} role="listbox" aria-label={t("review.mention.list")}>
            {options.map((item, index) => (
              <li
                key={`${item.kind}-${item.id}`}
                id={optionId(item)}
                role="option"
                aria-selected={index === current}
                className={index === current ? "mention-list__option mention-list__option--active" : "mention-list__option"}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(item)}
              >
                <span className="mention-list__name">{item.name}</span>
                <span className="mention-list__detail">{item.kind === "group" ? t("review.mention.group", { slug: item.detail }) : item.detail || t("review.mention.person")}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
