import { COLLAB_PATH } from "../../../shared/collab/protocol";

/** The sync socket lives on the same origin as the page, so the session cookie goes with it. */
export function collabUrl(location: Pick<Location, "protocol" | "host"> = window.location): string {
  return `${location.protocol === "https:" ? "wss:" : "ws:"}//${location.host}${COLLAB_PATH}`;
}
