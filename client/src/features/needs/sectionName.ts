import type { SectionRef } from "../../../../shared/api/inbox";

/** "3. A properly resourced Forum": as the document numbers it. */
export const sectionName = (section: SectionRef): string => (section.number === null ? section.title : `${section.number}. ${section.title}`);
