import { useSession } from "../../session/useSession";
import { Wordmark } from "../../ui/Wordmark";
import { LoadingState } from "../../ui/LoadingState";

/** Before we know who is signed in: a plain page with the wordmark, then either loading or what went wrong. */
export function StartupState() {
  const { state, refresh } = useSession();
  return (
    <div className="solo-page">
      <main id="main" className="solo-page__card card">
        <h1 className="solo-page__brand">
          <Wordmark size="large" />
        </h1>
        {state.status === "error" ? (
          <div role="alert">
            <p className="state__title">Penholder could not start.</p>
            <p>{state.error.message}</p>
            <button type="button" className="button button--primary" onClick={refresh}>
              Try again
            </button>
          </div>
        ) : (
          <LoadingState />
        )}
      </main>
    </div>
  );
}
