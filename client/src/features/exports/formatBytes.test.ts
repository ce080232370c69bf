import { describe, expect, it } from "vitest";
import { formatBytes } from "./formatBytes";
import { filenameFrom } from "./downloadFile";

describe("formatBytes", () => {
  it("reads like a file manager", () => {
    expect(formatBytes(1)).toBe("1 byte");
    expect(formatBytes(820)).toBe("820 bytes");
    expect(formatBytes(14_540)).toBe("14.2 KB");
    expect(formatBytes(3_250_000)).toBe("3.1 MB");
  });
});

describe("filenameFrom", () => {
  it("takes the server's name, or the fallback", () => {
    expect(filenameFrom('attachment; filename="paper.pdf"', "x")).toBe("paper.pdf");
    expect(filenameFrom(null, "x.pdf")).toBe("x.pdf");
  });
});
