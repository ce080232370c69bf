import type { ReactNode } from "react";

interface Props {
  busy: boolean;
  /** Said while the request is under way: "Signing in…". */
  busyLabel: string;
  children: ReactNode;
  variant?: "primary" | "secondary";
}

/**
 * Stays focusable while busy (aria-disabled, not disabled) so keyboard users keep their place; the form's
 * submit handler ignores repeat presses while `busy`.
 */
export function SubmitButton({ busy, busyLabel, children, variant = "primary" }: Props) {
  return (
    <button type="submit" className={`button button--${variant}`} aria-disabled={busy || undefined}>
      {busy ? busyLabel : children}
    </button>
  );
}
