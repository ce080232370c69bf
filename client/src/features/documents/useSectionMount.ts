import { useEffect, useState, type RefObject } from "react";
import type { SectionMounter } from "./sectionMounter";

/**
 * Whether this section has its editor: once the mounter says it is near the viewport, or once `wanted` (a link to
 * the section or to something in it, the keyboard arriving in it); then for good. `mountNow` asks at once.
 */
export function useSectionMount(section: RefObject<HTMLElement | null>, live: boolean, mounter: SectionMounter, wanted: unknown): { mounted: boolean; mountNow(): void } {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    const element = section.current;
    if (!live || mounted || !element) return;
    return mounter.observe(element, () => setMounted(true));
  }, [live, mounted, mounter]);
  useEffect(() => {
    if (wanted) setMounted(true);
  }, [wanted]);
  return { mounted, mountNow: () => setMounted(true) };
}
