// The page a signed-out visitor wanted, carried through /login?next=... Only same-site paths are honoured,
// so a crafted link cannot send someone elsewhere after they sign in.

export function loginPathFor(wanted: string): string {
  return wanted === "/" || wanted === "" ? "/login" : `/login?next=${encodeURIComponent(wanted)}`;
}

export function safeNextPath(search: string): string {
  const next = new URLSearchParams(search).get("next");
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if (next.startsWith("/login")) return "/";
  return next;
}
