import { use } from "react";
import { InboxContext, type InboxState } from "./InboxContext";

export function useInbox(): InboxState {
  const inbox = use(InboxContext);
  if (!inbox) throw new Error("useInbox must be used inside <InboxProvider>.");
  return inbox;
}
