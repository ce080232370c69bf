/** What the server tells every page, signed in or not. */
export interface SiteInfo {
  /** Where to report an accessibility barrier (ACCESSIBILITY_CONTACT), or null: then the statement says to ask the secretariat. */
  accessibilityContact: string | null;
}
