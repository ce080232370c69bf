import { useSession } from "../../session/useSession";
import { LoadingState } from "../../ui/LoadingState";
import { SoloPage } from "./SoloPage";

/** Before we know who is signed in: a plain page with the wordmark, then either loading or what went wrong. */
export function StartupState() {
  const { state, refresh } = useSession();
  return (
    <SoloPage brandIsHeading>
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
    </SoloPage>
  );
}
