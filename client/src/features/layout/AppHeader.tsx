import { Link } from "wouter";
import { canManageOutline, isAdmin } from "../../../../shared/rights";
import { actorOf, useCurrentUser } from "../../session/useSession";
import { Wordmark } from "../../ui/Wordmark";
import { CurrentUserBadge } from "./CurrentUserBadge";
import { NavItem } from "./NavItem";
import { InboxNavItem } from "./InboxNavItem";
import { SignOutButton } from "./SignOutButton";

export function AppHeader() {
  const user = useCurrentUser();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__home" aria-label="Penholder, home">
          <Wordmark />
        </Link>
        <nav className="site-nav" aria-label="Main">
          <ul className="site-nav__list">
            <NavItem href="/" label="Documents" />
            {canManageOutline(actorOf(user)) && <NavItem href="/review" label="Review" />}
            <InboxNavItem />
            {isAdmin(actorOf(user)) && <NavItem href="/admin" label="Admin" />}
          </ul>
        </nav>
        <div className="site-header__account">
          <CurrentUserBadge user={user} />
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
