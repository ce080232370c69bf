const ALLOWED = new Set(["http:", "https:", "mailto:"]);

/**
 * What someone typed as a link address, as a safe href: "intgovforum.org" becomes "https://intgovforum.org";
 * only web and mail addresses are accepted (never "javascript:"). Null when it is not an address.
 */
export function linkHref(typed: string): string | null {
  const value = typed.trim();
  if (value.length === 0 || /\s/.test(value)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : value.includes("@") && !value.includes("/") ? `mailto:${value}` : `https://${value}`;
  try {
    const url = new URL(withScheme);
    if (!ALLOWED.has(url.protocol)) return null;
    if (url.protocol !== "mailto:" && !url.hostname.includes(".") && url.hostname !== "localhost") return null;
    return url.href;
  } catch {
    return null;
  }
}
