import { useRichT } from "../../../i18n/useLocale";
import { nextShortcut, previousShortcut } from "./reviewNavigation";

/** The keys that go from card to card, said where the cards are. */
export function NavigationHint() {
  const rich = useRichT();
  return (
    <p className="review-panel__hint">
      {rich("review.navigation.hint", { next: <kbd key="next" dir="ltr">{nextShortcut.label}</kbd>, previous: <kbd key="previous" dir="ltr">{previousShortcut.label}</kbd> })}
    </p>
  );
}
