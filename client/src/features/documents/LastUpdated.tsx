import { useFormats, useRichT } from "../../i18n/useLocale";

export function LastUpdated({ iso }: { iso: string }) {
  const rich = useRichT();
  const formats = useFormats();
  return (
    <p className="meta">
      {rich("documents.lastUpdated", { time: <time dateTime={iso}>{formats.dateTime(iso)}</time> })}
    </p>
  );
}
