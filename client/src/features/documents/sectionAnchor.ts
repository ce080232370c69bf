/** The in-page anchor of a section, for the contents list and shared links. */
export const sectionAnchor = (sectionId: string): string => `section-${sectionId}`;
