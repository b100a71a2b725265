import { afterEach, describe, expect, it, vi } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";

const forwardedFor = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

afterEach(() => vi.unstubAllEnvs());

describe("client address for sign-in rate limiting", () => {
  it("is unknown when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(clientAddress(forwardedFor("203.0.113.7"), 0)).toBeNull();
    expect(clientAddress(forwardedFor(), 0)).toBeNull();
  });

  it("is the entry our one proxy appended, not what the client wrote before it", () => {
    expect(clientAddress(forwardedFor("198.51.100.1, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(forwardedFor("203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(forwardedFor(" 2001:db8::1 "), 1)).toBe("2001:db8::1");
  });

  it("counts back one entry per trusted proxy", () => {
    // client-claimed, real client (seen by the CDN), CDN (seen by the load balancer)
    expect(clientAddress(forwardedFor("10.9.9.9, 203.0.113.7, 192.0.2.10"), 2)).toBe("203.0.113.7");
  });

  it("is unknown when the header is missing or shorter than the chain of proxies", () => {
    expect(clientAddress(forwardedFor(), 1)).toBeNull();
    expect(clientAddress(forwardedFor(" , "), 1)).toBeNull();
    expect(clientAddress(forwardedFor("203.0.113.7"), 2)).toBeNull();
  });
});

describe("TRUST_PROXY", () => {
  async function getEnvWith(trustProxy: string) {
    vi.resetModules();
    vi.stubEnv("DATABASE_URL", "postgresql://u@localhost:5432/db");
    vi.stubEnv("AUTH_SECRET", "s".repeat(32));
    vi.stubEnv("TRUST_PROXY", trustProxy);
    return (await import("@/lib/env")).getEnv;
  }

  it("defaults to trusting no proxy, and takes a count of proxies", async () => {
    expect((await getEnvWith(""))().TRUST_PROXY).toBe(0);
    expect((await getEnvWith("1"))().TRUST_PROXY).toBe(1);
    expect((await getEnvWith("2"))().TRUST_PROXY).toBe(2);
  });

  it("refuses anything but a small whole number, naming the setting", async () => {
    for (const value of ["true", "yes", "-1", "1.5", "11"]) {
      expect(await getEnvWith(value), value).toThrow(/TRUST_PROXY must be the number of proxies in front of the app/);
    }
  });
});
