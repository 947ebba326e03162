import { describe, expect, it } from "vitest";
import { englishRedirect, prefersEnglish } from "../../site/components/trace/trace-language.ts";

// The tag's link has no language: a phone set to English (or to a language the site does not have) gets
// the English page; Vietnamese phones, crawlers and anyone who chose Vietnamese get the Vietnamese one.
describe("the language of a tag's page", () => {
  it("is English when the phone prefers English, or names only other languages", () => {
    expect(prefersEnglish("en-US,en;q=0.9")).toBe(true);
    expect(prefersEnglish("en-GB")).toBe(true);
    expect(prefersEnglish("vi;q=0.5, en;q=0.8")).toBe(true);
    expect(prefersEnglish("fr-FR,fr;q=0.9")).toBe(true);
    expect(prefersEnglish("ko-KR,ko;q=0.9,*;q=0.1")).toBe(true);
  });

  it("is Vietnamese without a header, for `*`, a tie, or when Vietnamese weighs more", () => {
    expect(prefersEnglish(null)).toBe(false);
    expect(prefersEnglish("")).toBe(false);
    expect(prefersEnglish("*")).toBe(false);
    expect(prefersEnglish("vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7")).toBe(false);
    expect(prefersEnglish("en;q=0.8,vi;q=0.8")).toBe(false);
    expect(prefersEnglish("fr;q=0, vi")).toBe(false);
  });

  it("skips malformed parts of the header", () => {
    expect(prefersEnglish("vi, en;q=abc, <script>")).toBe(false);
    expect(prefersEnglish("en;q=2,vi;q=0.5")).toBe(true);
  });

  it("redirects to /en with the path kept encoded, unless ?lang=vi", () => {
    const path = "/01/09521234000013/10/A%2FB";
    expect(englishRedirect(path, new URLSearchParams(), "en-US")).toBe(`/en${path}`);
    expect(englishRedirect(path, new URLSearchParams("lang=vi"), "en-US")).toBeNull();
    expect(englishRedirect(path, new URLSearchParams(), "vi-VN")).toBeNull();
  });
});
