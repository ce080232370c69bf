/** What an amendment changes: the words before and after, each named in words (not only struck or underlined). */
export function AmendmentChange({ from, to, fromLabel = "Replace" }: { from: string; to: string; fromLabel?: string }) {
  return (
    <div className="amendment__change">
      {from ? (
        <>
          <p className="amendment__label">{fromLabel}</p>
          <p className="amendment__text">
            <del>{from}</del>
          </p>
        </>
      ) : (
        <p className="amendment__label">Insert</p>
      )}
      {to ? (
        <>
          {from && <p className="amendment__label">With</p>}
          <p className="amendment__text">
            <ins>{to}</ins>
          </p>
        </>
      ) : (
        <p className="amendment__label amendment__label--delete">Delete this text</p>
      )}
    </div>
  );
}
