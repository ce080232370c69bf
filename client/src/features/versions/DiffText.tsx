import type { DiffOp } from "../../../../shared/api/versions";
import { useT } from "../../i18n/useLocale";
import { condenseOps } from "./condenseOps";

interface Props {
  ops: readonly DiffOp[];
  /** Long unchanged stretches shrink to the words around the changes (a whole section); off for a phrase. */
  condense?: boolean;
  className?: string;
}

/**
 * Text with its changes inline, word by word: a section on the versions page, an amendment or a suggestion in
 * its card. Insertions are underlined, deletions struck through, and each says what it is to screen readers, so
 * nothing depends on colour.
 */
export function DiffText({ ops, condense = true, className }: Props) {
  const t = useT();
  const shown = condense ? condenseOps(ops) : ops;
  return (
    <p className={className ? `diff__text ${className}` : "diff__text"}>
      {shown.map((op, index) => {
        if (op.type === "skip") {
          return (
            <span key={index} className="diff__skip">
              {t("versions.diff.skip", { count: op.words })}{" "}
            </span>
          );
        }
        if (op.type === "insert") {
          return (
            <ins key={index} className="diff__ins">
              <span className="visually-hidden">{t("versions.diff.insertStart")} </span>
              {op.text}
              <span className="visually-hidden"> {t("versions.diff.insertEnd")} </span>
            </ins>
          );
        }
        if (op.type === "delete") {
          return (
            <del key={index} className="diff__del">
              <span className="visually-hidden">{t("versions.diff.deleteStart")} </span>
              {op.text}
              <span className="visually-hidden"> {t("versions.diff.deleteEnd")} </span>
            </del>
          );
        }
        return <span key={index}>{op.text}</span>;
      })}
    </p>
  );
}
