import type { Awareness } from "y-protocols/awareness";
import { cursorField } from "../../../../shared/collab/protocol";

type State = Record<string, unknown>;
type ChangeListener = (...args: unknown[]) => void;

// y-tiptap's caret plugin accepts a field name, but in 3.0.9 only its writes use it: the carets it draws are
// always read from the field "cursor". So each section editor gets this view of the awareness, in which
// "cursor" *is* that section's own field. Carets then stay in their section, in both directions.
class SectionAwarenessView {
  constructor(
    private readonly awareness: Awareness,
    private readonly field: string,
  ) {}

  get clientID(): number {
    return this.awareness.clientID;
  }

  private view(state: State): State {
    return { ...state, cursor: state[this.field] ?? null };
  }

  getLocalState(): State | null {
    const state = this.awareness.getLocalState();
    return state ? this.view(state) : null;
  }

  getStates(): Map<number, State> {
    const states = new Map<number, State>();
    for (const [clientId, state] of this.awareness.getStates()) states.set(clientId, this.view(state));
    return states;
  }

  setLocalStateField(field: string, value: unknown): void {
    this.awareness.setLocalStateField(field === "cursor" ? this.field : field, value);
  }

  on(event: string, listener: ChangeListener): void {
    this.awareness.on(event, listener);
  }

  off(event: string, listener: ChangeListener): void {
    this.awareness.off(event, listener);
  }
}

/** The awareness as one section's caret plugin must see it. */
export function sectionAwareness(awareness: Awareness, sectionId: string): Awareness {
  // The plugin only calls the members above; the type is Awareness because that is what it asks for.
  return new SectionAwarenessView(awareness, cursorField(sectionId)) as unknown as Awareness;
}
