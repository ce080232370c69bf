import { Link } from "wouter";
import { canManageOutline, isAdmin } from "../../../../shared/rights";
import { actorOf, useCurrentUser } from "../../session/useSession";
import { useT } from "../../i18n/useLocale";
import { Wordmark } from "../../ui/Wordmark";
import { LanguageMenu } from "../language/LanguageMenu";
import { CurrentUserBadge } from "./CurrentUserBadge";
import { NavItem } from "./NavItem";
import { InboxNavItem } from "./InboxNavItem";
import { SignOutButton } from "./SignOutButton";

export function AppHeader() {
  const user = useCurrentUser();
  const t = useT();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__home" aria-label={t("chrome.home")}>
          <Wordmark />
        </Link>
        <nav className="site-nav" aria-label={t("chrome.mainNav")}>
          <ul className="site-nav__list">
            <NavItem href="/" label={t("chrome.nav.documents")} />
            {canManageOutline(actorOf(user)) && <NavItem href="/review" label={t("chrome.nav.review")} />}
            <InboxNavItem />
            {isAdmin(actorOf(user)) && <NavItem href="/admin" label={t("chrome.nav.admin")} />}
          </ul>
        </nav>
        <div className="site-header__account">
          <CurrentUserBadge user={user} />
          <LanguageMenu onDark />
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
