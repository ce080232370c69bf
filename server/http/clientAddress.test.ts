import { describe, expect, it } from "vitest";
import { clientAddress, createProxyTrust, proxyEntryProblem } from "./clientAddress";

describe("client address", () => {
  const none = createProxyTrust([]);
  const proxy = createProxyTrust(["10.0.0.5"]);

  it("is the peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("203.0.113.7", "198.51.100.2", none)).toBe("203.0.113.7");
    expect(clientAddress("::ffff:203.0.113.7", undefined, none)).toBe("203.0.113.7");
    expect(clientAddress(undefined, "198.51.100.2", none)).toBe("unknown");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(clientAddress("10.0.0.6", "198.51.100.2", proxy)).toBe("10.0.0.6");
  });

  it("takes the right-most address our proxies did not add: what a client writes on the left is not believed", () => {
    expect(clientAddress("10.0.0.5", "203.0.113.7", proxy)).toBe("203.0.113.7");
    expect(clientAddress("10.0.0.5", "198.51.100.2, 203.0.113.7", proxy)).toBe("203.0.113.7");
    // Two of our proxies in a row (a load balancer, then the TLS proxy).
    const chain = createProxyTrust(["10.0.0.0/8"]);
    expect(clientAddress("10.0.0.5", "198.51.100.2, 203.0.113.7, 10.1.2.3", chain)).toBe("203.0.113.7");
    expect(clientAddress("10.0.0.5", "10.9.9.9, 10.1.2.3", chain)).toBe("10.9.9.9");
  });

  it("reads ports and brackets some proxies add, and stops at an entry that is not an address", () => {
    expect(clientAddress("10.0.0.5", "203.0.113.7:51234", proxy)).toBe("203.0.113.7");
    expect(clientAddress("10.0.0.5", "[2001:db8::1]:443", proxy)).toBe("2001:db8::1");
    expect(clientAddress("10.0.0.5", "2001:DB8::1", proxy)).toBe("2001:db8::1");
    expect(clientAddress("10.0.0.5", "198.51.100.2, garbage", proxy)).toBe("10.0.0.5");
    expect(clientAddress("10.0.0.5", " , ", proxy)).toBe("10.0.0.5");
  });

  it("knows the usual ranges by name and CIDR ranges of both families", () => {
    const named = createProxyTrust(["loopback", "uniquelocal", "2001:db8:aa::/48"]);
    for (const peer of ["127.0.0.1", "::1", "::ffff:127.0.0.1", "192.168.1.1", "172.20.0.1", "fd00::1", "2001:db8:aa:1::1"]) {
      expect(clientAddress(peer, "203.0.113.7", named)).toBe("203.0.113.7");
    }
    for (const peer of ["172.32.0.1", "2001:db8:ab::1", "8.8.8.8"]) expect(clientAddress(peer, "203.0.113.7", named)).toBe(peer);
  });

  it("explains a TRUST_PROXY entry it cannot use", () => {
    for (const entry of ["loopback", "10.0.0.5", "10.0.0.0/8", "::1", "fd00::/8", "2001:db8::/128"]) expect(proxyEntryProblem(entry)).toBeNull();
    expect(proxyEntryProblem("true")).toMatch(/would trust every peer/);
    expect(proxyEntryProblem("*")).toMatch(/would trust every peer/);
    for (const entry of ["10.0.0.0/33", "10.0.0.0/", "10.0.0.0/8/8", "::1/129", "proxy.example.org", "10.0.0"]) {
      expect(proxyEntryProblem(entry)).toMatch(/is not an IP address, a CIDR range/);
    }
  });
});
