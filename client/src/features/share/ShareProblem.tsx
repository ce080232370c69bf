/** A share link that does not open: revoked, mistyped or never made. No sign-in offered: it would not help. */
export function ShareProblem({ message }: { message: string }) {
  return (
    <div className="share-page__problem" role="alert">
      <h1 className="solo-page__title">This link does not open a submission</h1>
      <p>{message}</p>
      <p className="muted">Check that you copied the whole link. If it was revoked, the person who sent it can send a new one.</p>
    </div>
  );
}
