import type { SectionFacts } from "./sectionFacts";

/**
 * Sections whose approval is being stored, and how many approvals of each: the guard reads them as approved from
 * the moment the chair's text was checked until the stored status takes over, whatever re-reads happen meanwhile.
 */
export class ApprovalHolds {
  private readonly held = new Map<string, number>();

  hold(sectionId: string): void {
    this.held.set(sectionId, (this.held.get(sectionId) ?? 0) + 1);
  }

  release(sectionId: string): void {
    const left = (this.held.get(sectionId) ?? 1) - 1;
    if (left === 0) this.held.delete(sectionId);
    else this.held.set(sectionId, left);
  }

  /** The facts as the guard must see them: held sections approved. */
  applyTo(sections: Map<string, SectionFacts>): Map<string, SectionFacts> {
    if (this.held.size === 0) return sections;
    const locked = new Map(sections);
    for (const id of this.held.keys()) {
      const facts = locked.get(id);
      if (facts) locked.set(id, { ...facts, status: "approved" });
    }
    return locked;
  }
}
