export const INVALID_INVITATION_MESSAGE =
  "This invitation link can't be used. It may have expired, been used already or been withdrawn. Ask the secretariat to send you a new one.";
