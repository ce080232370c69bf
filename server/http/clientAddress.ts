import { BlockList, isIP } from "node:net";
import type { IncomingMessage } from "node:http";

// The address of the person at the other end. Without a proxy it is the socket's peer. Behind a proxy every
// peer is the proxy, and the client's address is in X-Forwarded-For, which anyone can also write: it is read only
// when the peer is a proxy TRUST_PROXY names, and then from the right, skipping our own proxies, because each proxy
// appends the address it saw and only the entries our proxies appended are true (the left ones are the client's
// to choose). The same rule as Express's "trust proxy" (proxy-addr).

/** Names for the usual ranges, as in Express's "trust proxy". */
const NAMED_RANGES: Record<string, readonly string[]> = {
  loopback: ["127.0.0.0/8", "::1/128"],
  linklocal: ["169.254.0.0/16", "fe80::/10"],
  uniquelocal: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
};

export const PROXY_NAMES = Object.keys(NAMED_RANGES);

/** A peer with no address we could read (a unit test's app.request, a socket already gone). */
export const UNKNOWN_ADDRESS = "unknown";

/** Why a TRUST_PROXY entry cannot be used, or null when it can. */
export function proxyEntryProblem(entry: string): string | null {
  if (entry in NAMED_RANGES) return null;
  if (entry === "*" || entry === "true" || entry === "all") {
    return `"${entry}" would trust every peer, so any client could choose its own address. Name your proxies' addresses instead.`;
  }
  const [address, prefix, extra] = entry.split("/");
  const family = isIP(address ?? "");
  const bits = family === 4 ? 32 : 128;
  if (family !== 0 && extra === undefined && (prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits))) return null;
  return `"${entry}" is not an IP address, a CIDR range (e.g. 10.0.0.0/8) or one of ${PROXY_NAMES.join(", ")}.`;
}

/** "127.0.0.1" for "::ffff:127.0.0.1": a dual-stack socket reports IPv4 peers in IPv6 form. */
export function normalizeAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address.toLowerCase();
}

export interface ProxyTrust {
  trusts(address: string): boolean;
}

/** The proxies TRUST_PROXY names (entries already checked with proxyEntryProblem); none when it is empty. */
export function createProxyTrust(entries: readonly string[]): ProxyTrust {
  const list = new BlockList();
  for (const entry of entries.flatMap((e) => NAMED_RANGES[e] ?? [e])) {
    const [address, prefix] = entry.split("/") as [string, string | undefined];
    const type = isIP(address) === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return {
    trusts(address) {
      const family = isIP(address);
      return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
    },
  };
}

/** One X-Forwarded-For entry as an address: some proxies add a port ("203.0.113.7:51234", "[2001:db8::1]:443"). */
function forwardedAddress(entry: string): string | null {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  const withPort = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(entry);
  const address = bracketed?.[1] ?? withPort?.[1] ?? entry;
  return isIP(address) ? normalizeAddress(address) : null;
}

/**
 * The client's address from the peer's and X-Forwarded-For: the right-most address that is not a trusted proxy.
 * An entry that is not an address stops the walk at the hop that sent it: what lies beyond it cannot be trusted.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | undefined, trust: ProxyTrust): string {
  let address = peer ? normalizeAddress(peer) : UNKNOWN_ADDRESS;
  if (!forwardedFor) return address;
  const hops = forwardedFor.split(",").map((entry) => entry.trim()).filter((entry) => entry.length > 0);
  while (trust.trusts(address) && hops.length > 0) {
    const next = forwardedAddress(hops.pop()!);
    if (next === null) break;
    address = next;
  }
  return address;
}

/** The client's address of an HTTP request or a WebSocket upgrade (Node joins repeated X-Forwarded-For headers). */
export function requestClientAddress(request: IncomingMessage | undefined, trust: ProxyTrust): string {
  if (!request) return UNKNOWN_ADDRESS;
  const forwarded = request.headers["x-forwarded-for"];
  return clientAddress(request.socket.remoteAddress, Array.isArray(forwarded) ? forwarded.join(",") : forwarded, trust);
}
