import type { ToolbarCommand } from "./toolbarCommands";
import type { ToolbarState } from "./toolbarState";
import { ToolbarIcon } from "./ToolbarIcon";
import { shortcut } from "./shortcuts";
import { useT } from "../../../i18n/useLocale";

interface Props {
  command: ToolbarCommand;
  state: ToolbarState;
  tabIndex: 0 | -1;
  buttonRef: (element: HTMLButtonElement | null) => void;
  onFocus(): void;
  onPress(): void;
  /** For a button that opens something (the link field): whether it is open, and its id. */
  expanded?: boolean;
  controls?: string;
}

/**
 * One toolbar button: an icon, its name in a tooltip that shows on hover and on keyboard focus (with the
 * shortcut), aria-pressed for toggles. Unavailable buttons stay focusable (aria-disabled) so the toolbar
 * keeps its shape for keyboard users.
 */
export function ToolbarButton({ command, state, tabIndex, buttonRef, onFocus, onPress, expanded, controls }: Props) {
  const t = useT();
  const label = t(command.label);
  const keys = command.keys ? shortcut(command.keys) : null;
  const disabled = command.disabled?.(state) ?? false;
  return (
    // The tooltip sits beside the button, not in it: text inside a button must be part of its name.
    <span className="toolbar__item">
      <button
        ref={buttonRef}
        type="button"
        className="toolbar__button"
        aria-label={label}
        aria-pressed={command.pressed ? command.pressed(state) : undefined}
        aria-disabled={disabled || undefined}
        aria-keyshortcuts={keys?.aria}
        aria-expanded={expanded}
        aria-haspopup={command.opensDialog ? "dialog" : undefined}
        aria-controls={expanded ? controls : undefined}
        tabIndex={tabIndex}
        onFocus={onFocus}
        // Keep the editor's selection when the button is clicked with a mouse.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => !disabled && onPress()}
      >
        <ToolbarIcon name={command.icon} />
      </button>
      <span className="toolbar__tip" aria-hidden="true">
        {label}
        {keys && <kbd>{keys.label}</kbd>}
      </span>
    </span>
  );
}
