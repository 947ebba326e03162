import { describe, expect, it } from "vitest";
import {
  buildDigitalLink,
  parseDigitalLink,
  parseDigitalLinkPath,
  traceKeyFromParts,
} from "../../commerce/src/lib/gs1/index.ts";
import { gs1ErrorCode } from "../harness/gs1.ts";

const SITE = "https://kontumcrafts.example";

describe("GS1 Digital Link URIs", () => {
  it("builds batch and piece links on the site's domain with a 14-digit GTIN", () => {
    expect(buildDigitalLink(SITE, { kind: "batch", gtin: "9506000134352", lot: "ABC123" })).toBe(
      `${SITE}/01/09506000134352/10/ABC123`,
    );
    expect(buildDigitalLink(`${SITE}/`, { kind: "piece", gtin: "09506000134352", serial: "12345" })).toBe(
      `${SITE}/01/09506000134352/21/12345`,
    );
  });

  it("parses the GS1 standard's example link and normalises short GTINs", () => {
    expect(parseDigitalLink("https://id.gs1.org/01/09506000134352/10/ABC123")).toEqual({
      kind: "batch",
      gtin: "09506000134352",
      lot: "ABC123",
    });
    expect(parseDigitalLinkPath("/01/4006381333931/21/A-7/")).toEqual({
      kind: "piece",
      gtin: "04006381333931",
      serial: "A-7",
    });
  });

  it("percent-encodes characters of set 82 that a URI path cannot carry, and reads them back", () => {
    const lot = `K'TU/2026 "A"&(1)+2;<3>=?!%*,:_.-`.replace(/ /g, "_").slice(0, 20);
    const link = buildDigitalLink(SITE, { kind: "batch", gtin: "4006381333931", lot });
    expect(link).not.toMatch(/\/10\/.*[/'"&()+;<>=?!*,:]/);
    expect(parseDigitalLink(link, SITE)).toEqual({ kind: "batch", gtin: "04006381333931", lot });
    for (const serial of ["%", "a/b", "?x", "#1".replace("#", "!")]) {
      const uri = buildDigitalLink(SITE, { kind: "piece", gtin: "96385074", serial });
      expect(parseDigitalLink(uri)).toMatchObject({ serial });
    }
  });

  it("refuses batch and serial values outside character set 82 or longer than 20", () => {
    expect(
      gs1ErrorCode(() => buildDigitalLink(SITE, { kind: "batch", gtin: "4006381333931", lot: "Lô-1" })),
    ).toBe("attribute_characters");
    expect(
      gs1ErrorCode(() => buildDigitalLink(SITE, { kind: "batch", gtin: "4006381333931", lot: "A B" })),
    ).toBe("attribute_characters");
    expect(
      gs1ErrorCode(() => buildDigitalLink(SITE, { kind: "piece", gtin: "4006381333931", serial: "" })),
    ).toBe("attribute_empty");
    expect(
      gs1ErrorCode(() =>
        buildDigitalLink(SITE, { kind: "piece", gtin: "4006381333931", serial: "X".repeat(21) }),
      ),
    ).toBe("attribute_too_long");
    expect(buildDigitalLink(SITE, { kind: "piece", gtin: "4006381333931", serial: "X".repeat(20) })).toMatch(
      /X{20}$/,
    );
    expect(gs1ErrorCode(() => parseDigitalLinkPath("/01/4006381333931/10/%C3%B4"))).toBe(
      "attribute_characters",
    );
    expect(gs1ErrorCode(() => parseDigitalLinkPath("/01/4006381333931/10/%E0%A4%A"))).toBe(
      "attribute_encoding",
    );
  });

  it("refuses malformed links with a reason", () => {
    const cases: [string, string][] = [
      ["/01/4006381333932/10/A1", "gtin_check_digit"],
      ["/01/40063813339/10/A1", "gtin_length"],
      ["/01/40063813339x1/10/A1", "gtin_not_digits"],
      ["/01/4006381333931", "digital_link_path"],
      ["/01/4006381333931/17/260101", "digital_link_path"],
      ["/01/4006381333931/10/A1/21/5", "digital_link_path"],
      ["/02/4006381333931/10/A1", "digital_link_path"],
      ["/en/01/4006381333931/10/A1", "digital_link_path"],
      ["01/4006381333931/10/A1", "digital_link_path"],
      ["/01/4006381333931/10/", "digital_link_path"],
      ["/01/4006381333931/10/%20", "attribute_characters"],
    ];
    for (const [path, code] of cases)
      expect([path, gs1ErrorCode(() => parseDigitalLinkPath(path))]).toEqual([path, code]);
    expect(gs1ErrorCode(() => parseDigitalLink("not a url"))).toBe("digital_link_url");
    expect(gs1ErrorCode(() => parseDigitalLink("ftp://kontumcrafts.example/01/4006381333931/10/A1"))).toBe(
      "digital_link_url",
    );
    expect(
      gs1ErrorCode(() => parseDigitalLink("https://elsewhere.example/01/4006381333931/10/A1", SITE)),
    ).toBe("digital_link_origin");
    expect(
      gs1ErrorCode(() =>
        buildDigitalLink("https://x.example/shop", { kind: "batch", gtin: "96385074", lot: "1" }),
      ),
    ).toBe("digital_link_origin");
    expect(() => parseDigitalLinkPath("/01/4006381333931/17/260101")).toThrow(
      /\(10\) batch\/lot or \(21\) serial/,
    );
  });

  it("reads the parts of a path that a router has already decoded", () => {
    expect(traceKeyFromParts("4006381333931", "10", "A/B%")).toEqual({
      kind: "batch",
      gtin: "04006381333931",
      lot: "A/B%",
    });
    expect(traceKeyFromParts("96385074", "21", "7")).toEqual({
      kind: "piece",
      gtin: "00000096385074",
      serial: "7",
    });
    expect(gs1ErrorCode(() => traceKeyFromParts("96385074", "17", "260101"))).toBe("digital_link_path");
    expect(gs1ErrorCode(() => traceKeyFromParts("96385075", "10", "A"))).toBe("gtin_check_digit");
    expect(gs1ErrorCode(() => traceKeyFromParts("96385074", "10", "Lô"))).toBe("attribute_characters");
  });
});
