import type { ConnectionStatus } from "../../collab/connectionStatus";

/** A shape per state (filled dot with a tick, two arrows, a struck-through dot) so it reads without colour. */
export function ConnectionIcon({ status }: { status: ConnectionStatus }) {
  return (
    <svg className="connection__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {status === "online" && (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M4.6 8.2l2.2 2.2 4.6-4.8" fill="none" stroke="#fff" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </>
      )}
      {status === "syncing" && (
        <path
          d="M13 6.5A5.2 5.2 0 003.3 5.4M3 9.5a5.2 5.2 0 009.7 1.1M3 2.5v3h3M13 13.5v-3h-3"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      )}
      {status === "offline" && (
        <>
          <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="M3.5 12.5l9-9" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}
