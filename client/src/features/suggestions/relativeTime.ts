import { ENGLISH_FORMATS } from "../../ui/formatDate";

// "5 minutes ago" for the card; the full date and time stays in the <time> element's title and datetime.
// Translated screens use useFormats().ago, the same words in the reader's language.

/** How long ago `iso` was at `now`, in words; a date once it is more than a week old. */
export const relativeTime = (iso: string, now: number): string => ENGLISH_FORMATS.ago(iso, now);
