/** The Penholder mark: a pen nib and the name. Decorative icon; the text carries the meaning. */
export function Wordmark({ size = "regular" }: { size?: "regular" | "large" }) {
  return (
    <span className={`wordmark wordmark--${size}`}>
      <svg className="wordmark__icon" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <path d="M16 3l7.5 11L16 29 8.5 14z" fill="currentColor" />
        <circle cx="16" cy="14.5" r="2.2" className="wordmark__cut" />
        <path d="M16 16.5V28" className="wordmark__cut-line" />
      </svg>
      <span className="wordmark__text">Penholder</span>
    </span>
  );
}
