import { Route, Switch } from "wouter";
import { SessionProvider } from "./session/SessionContext";
import { LoginPage } from "./features/auth/LoginPage";
import { AcceptInvitationPage } from "./features/invite/AcceptInvitationPage";
import { SignedInApp } from "./SignedInApp";

export function App() {
  return (
    <SessionProvider>
      <Switch>
        <Route path="/login" component={LoginPage} />
        <Route path="/invite/:token">{(params) => <AcceptInvitationPage token={params.token} />}</Route>
        <Route>
          <SignedInApp />
        </Route>
      </Switch>
    </SessionProvider>
  );
}
