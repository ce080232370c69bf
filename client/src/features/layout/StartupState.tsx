import { useSession } from "../../session/useSession";
import { useT } from "../../i18n/useLocale";
import { LoadingState } from "../../ui/LoadingState";
import { SoloPage } from "./SoloPage";

/** Before we know who is signed in: a plain page with the wordmark, then either loading or what went wrong. */
export function StartupState() {
  const { state, refresh } = useSession();
  const t = useT();
  return (
    <SoloPage brandIsHeading>
      {state.status === "error" ? (
        <div role="alert">
          <p className="state__title">{t("chrome.startFailed")}</p>
          <p>{state.error.code === "unreachable" ? t("common.unreachable") : state.error.message}</p>
          <button type="button" className="button button--primary" onClick={refresh}>
            {t("common.tryAgain")}
          </button>
        </div>
      ) : (
        <LoadingState />
      )}
    </SoloPage>
  );
}
