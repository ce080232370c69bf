import { Link } from "wouter";
import { api, unwrap } from "../../api/client";
import { useLoad } from "../../ui/useLoad";
import { usePageTitle } from "../../ui/usePageTitle";
import { KNOWN_LIMITS, STATEMENT_DATE } from "./statement";
import { SoloPage } from "../layout/SoloPage";

/**
 * /accessibility, signed in or not: how far Penholder meets WCAG 2.2 AA, what is known not to, and how to report
 * a barrier. The known limits live in ./statement.ts, beside this page, so they are changed with the code.
 */
export function AccessibilityPage() {
  usePageTitle("Accessibility statement");
  const site = useLoad(() => unwrap(api.api.site.$get()), []);
  const contact = site.state.status === "ready" ? site.state.data.accessibilityContact : null;

  return (
    <SoloPage width="reading" className="statement">
      <h1 className="solo-page__title">Accessibility statement</h1>
      <p>
        Penholder is for everyone who drafts, reviews and reads a joint paper, including people who use a screen reader, the keyboard alone,
        magnification or voice control. The bodies that use it follow the United Nations Disability Inclusion Strategy.
      </p>

      <h2>How far Penholder conforms</h2>
      <p>
        Penholder <strong>partially conforms</strong> to the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA: most of it conforms, and the
        exceptions we know of are listed below.
      </p>

      <h2>How we check</h2>
      <ul>
        <li>Every page is checked with axe-core against the WCAG 2.0, 2.1 and 2.2 level A and AA rules, in Chromium, each time the code changes.</li>
        <li>
          The main tasks are tested with the keyboard alone: signing in, reaching your own section, typing and suggesting, commenting, reviewing suggestions,
          approving, comparing versions and exporting.
        </li>
        <li>Changes made by other people, and the results of your own actions, are announced to screen readers as they happen.</li>
        <li>Every page is checked at 1440 and 390 pixels wide, so it can be read enlarged or on a phone without scrolling sideways.</li>
        <li>Nothing has to be done within a time limit, and nothing flashes.</li>
      </ul>

      <h2>Known limits</h2>
      <ul>
        {KNOWN_LIMITS.map((limit) => (
          <li key={limit}>{limit}</li>
        ))}
      </ul>
      <p>If one of these stands in your way, ask for the content in another form: the secretariat can send you a section’s text or a whole export in Word or HTML.</p>

      <h2>Report a barrier</h2>
      <p>
        Tell us what you were trying to do, on which page, and which browser and assistive technology you use.{" "}
        {contact ? (
          <>
            Write to <a href={`mailto:${contact}`}>{contact}</a>.
          </>
        ) : (
          <>Write to the secretariat that gave you your account.</>
        )}{" "}
        We will answer, and where a barrier cannot be removed at once, give you the content another way.
      </p>

      <p className="muted">
        This statement was prepared on <time dateTime={STATEMENT_DATE}>6 December 2026</time> and is reviewed with each release.
      </p>
      <p>
        <Link href="/">Back to Penholder</Link>
      </p>
    </SoloPage>
  );
}
