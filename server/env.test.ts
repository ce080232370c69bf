import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("configuration", () => {
  it("reads TRUST_PROXY as a list, and nothing when it is unset", () => {
    expect(parseEnv({}).TRUST_PROXY).toBeUndefined();
    expect(parseEnv({ TRUST_PROXY: "loopback, 10.0.0.0/8,,::1 " }).TRUST_PROXY).toEqual(["loopback", "10.0.0.0/8", "::1"]);
  });

  it("stops with a message naming every TRUST_PROXY entry it cannot use", () => {
    expect(() => parseEnv({ TRUST_PROXY: "10.0.0.0/33,proxy.local" })).toThrow(
      /TRUST_PROXY: "10\.0\.0\.0\/33" is not an IP address[\s\S]*TRUST_PROXY: "proxy\.local" is not an IP address[\s\S]*Example: TRUST_PROXY=loopback/,
    );
    expect(() => parseEnv({ TRUST_PROXY: "true" })).toThrow(/would trust every peer, so any client could choose its own address/);
  });

  it("reads SQLITE_SYNCHRONOUS in either case, and refuses other levels with what each means", () => {
    expect(parseEnv({}).SQLITE_SYNCHRONOUS).toBeUndefined();
    expect(parseEnv({ SQLITE_SYNCHRONOUS: "NORMAL" }).SQLITE_SYNCHRONOUS).toBe("normal");
    expect(parseEnv({ SQLITE_SYNCHRONOUS: "full" }).SQLITE_SYNCHRONOUS).toBe("full");
    expect(() => parseEnv({ SQLITE_SYNCHRONOUS: "off" })).toThrow(/SQLITE_SYNCHRONOUS: use full \(a commit survives a power cut; the default\) or normal/);
  });

  it("refuses REDIS_URL with SQLite, saying what to set instead, and takes it with PostgreSQL", () => {
    expect(() => parseEnv({ REDIS_URL: "redis://127.0.0.1:6379" })).toThrow(/REDIS_URL: several instances share one PostgreSQL database, and DATABASE_URL is SQLite[\s\S]*unset REDIS_URL/);
    expect(() => parseEnv({ REDIS_URL: "redis://127.0.0.1:6379", DATABASE_URL: "sqlite:data/x.db" })).toThrow(/DATABASE_URL=postgres:\/\//);
    expect(parseEnv({ REDIS_URL: "redis://127.0.0.1:6379", DATABASE_URL: "postgres://p:p@127.0.0.1:5432/p" }).REDIS_URL).toBe("redis://127.0.0.1:6379");
    expect(() => parseEnv({ REDIS_URL: "localhost:6379", DATABASE_URL: "postgres://p:p@127.0.0.1:5432/p" })).toThrow(/REDIS_URL: use redis:\/\/host:port/);
  });

  it("takes ACCESSIBILITY_CONTACT as an e-mail address and refuses anything else, with an example", () => {
    expect(parseEnv({}).ACCESSIBILITY_CONTACT).toBeUndefined();
    expect(parseEnv({ ACCESSIBILITY_CONTACT: "access@igf.example.org" }).ACCESSIBILITY_CONTACT).toBe("access@igf.example.org");
    expect(() => parseEnv({ ACCESSIBILITY_CONTACT: "https://igf.example.org/contact" })).toThrow(/ACCESSIBILITY_CONTACT: use an e-mail address, e\.g\. accessibility@example\.org/);
  });
});
