import { Route, Switch } from "wouter";
import { SessionProvider } from "./session/SessionContext";
import { LoginPage } from "./features/auth/LoginPage";
import { AcceptInvitationPage } from "./features/invite/AcceptInvitationPage";
import { SharePage } from "./features/share/SharePage";
import { SignedInApp } from "./SignedInApp";

export function App() {
  return (
    <SessionProvider>
      <Switch>
        <Route path="/login" component={LoginPage} />
        <Route path="/invite/:token">{(params) => <AcceptInvitationPage token={params.token} />}</Route>
        {/* A share link opens without an account: never sent to sign in. */}
        <Route path="/share/:token">{(params) => <SharePage token={params.token} />}</Route>
        <Route>
          <SignedInApp />
        </Route>
      </Switch>
    </SessionProvider>
  );
}
