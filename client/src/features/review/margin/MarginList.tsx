import { useRef, type ReactNode } from "react";
import { useMarginLayout } from "./useMarginLayout";

export interface MarginCard {
  id: string;
  /** A selector for its words in the section's text (several, comma-separated); null when they are gone. */
  anchor: string | null;
  node: ReactNode;
}

interface Props {
  cards: readonly MarginCard[];
  /** The card the reader is on: it sits exactly at its words. */
  active: string | null;
  label: string;
}

/**
 * A section's open comments, suggestions and amendments in the order of the text. Beside the text (wide screens)
 * each card sits at the height of its words; below it (narrow screens) they follow one another.
 */
export function MarginList({ cards, active, label }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const layout = useMarginLayout(list, active, cards.map((card) => `${card.id}:${card.anchor ?? ""}`).join(" "));
  return (
    <ol ref={list} className={`plain-list review-margin${layout ? " review-margin--beside" : ""}`} aria-label={label} style={layout ? { height: layout.height } : undefined}>
      {cards.map((card) => (
        <li
          key={card.id}
          className="review-margin__item"
          data-margin-id={card.id}
          data-margin-anchor={card.anchor ?? undefined}
          style={layout ? { top: layout.tops[card.id] ?? 0 } : undefined}
        >
          {card.node}
        </li>
      ))}
    </ol>
  );
}
