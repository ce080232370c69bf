import { useT } from "../../i18n/useLocale";

export function SkipLink() {
  const t = useT();
  return (
    <a className="skip-link" href="#main">
      {t("chrome.skipLink")}
    </a>
  );
}
