import { Route, Switch } from "wouter";
import { SessionProvider } from "./session/SessionContext";
import { LocaleProvider } from "./i18n/LocaleProvider";
import { LoginPage } from "./features/auth/LoginPage";
import { AcceptInvitationPage } from "./features/invite/AcceptInvitationPage";
import { SharePage } from "./features/share/SharePage";
import { SignedInApp } from "./SignedInApp";
import { AccessibilityPage } from "./features/accessibility/AccessibilityPage";

export function App() {
  return (
    <SessionProvider>
      <LocaleProvider>
        <Switch>
          <Route path="/login" component={LoginPage} />
          <Route path="/invite/:token">{(params) => <AcceptInvitationPage token={params.token} />}</Route>
          {/* A share link opens without an account: never sent to sign in. */}
          {/* The accessibility statement is for everyone, signed in or not. */}
          <Route path="/accessibility" component={AccessibilityPage} />
          <Route path="/share/:token">{(params) => <SharePage token={params.token} />}</Route>
          <Route>
            <SignedInApp />
          </Route>
        </Switch>
      </LocaleProvider>
    </SessionProvider>
  );
}
