import { wordDiff } from "../../../../../shared/wordDiff";
import { DiffText } from "../../versions/DiffText";
import { useT } from "../../../i18n/useLocale";

/**
 * What an amendment changes, named in words (not only struck or underlined). A replacement shows the words that
 * change within the phrase, as the versions page does, rather than the whole phrase struck and written again.
 */
export function AmendmentChange({ from, to }: { from: string; to: string }) {
  const t = useT();
  if (from && to) {
    return (
      <div className="amendment__change">
        <p className="amendment__label">{t("review.amendment.change")}</p>
        <div dir="auto">
          <DiffText ops={wordDiff(from, to)} condense={false} className="amendment__text" />
        </div>
      </div>
    );
  }
  return (
    <div className="amendment__change">
      {from ? (
        <>
          <p className="amendment__label amendment__label--delete">{t("review.amendment.delete")}</p>
          <p className="amendment__text" dir="auto">
            <del>{from}</del>
          </p>
        </>
      ) : (
        <>
          <p className="amendment__label">{t("review.amendment.insert")}</p>
          <p className="amendment__text" dir="auto">
            <ins>{to}</ins>
          </p>
        </>
      )}
    </div>
  );
}
