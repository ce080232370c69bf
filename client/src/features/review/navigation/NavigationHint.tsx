import { nextShortcut, previousShortcut } from "./reviewNavigation";

/** The keys that go from card to card, said where the cards are. */
export function NavigationHint() {
  return (
    <p className="review-panel__hint">
      <kbd>{nextShortcut.label}</kbd> and <kbd>{previousShortcut.label}</kbd> go to the next and previous comment or suggestion in the document.
    </p>
  );
}
