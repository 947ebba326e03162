/**
 * Markdown or MDX as the plain text a search index holds: the words a reader sees, without markup,
 * MDX imports and exports, JSX tags, HTML, code fences or link targets. Whitespace is collapsed.
 */
export function markdownToPlainText(markdown: string): string {
  return (
    markdown
      // MDX module lines (`import X from "…"`, `export const …`).
      .replace(/^\s*(import|export)\s.*$/gm, " ")
      // Fenced code blocks and inline code keep no words worth searching.
      .replace(/^```[\s\S]*?^```/gm, " ")
      .replace(/`([^`]*)`/g, "$1")
      // Images keep their alt text; links their text.
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1")
      // JSX/HTML tags and comments.
      .replace(/<!--[\s\S]*?-->/g, " ")
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, " ")
      .replace(/<\/?[A-Za-z][^>]*>/g, " ")
      // Block markers at the start of a line: headings, quotes, list bullets and numbers, rules.
      .replace(/^\s{0,3}#{1,6}\s+/gm, "")
      .replace(/^\s*>\s?/gm, "")
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, "")
      .replace(/^\s*(?:[-*_]\s*){3,}$/gm, " ")
      // Emphasis: `**bold**`, `*it*`, `__bold__`, `_it_` (underscores only at word edges: "a_b" stays).
      .replace(/(\*{1,3})(\S(?:.*?\S)?)\1/g, "$2")
      .replace(/(^|\W)(_{1,3})(\S(?:.*?\S)?)\2(?=\W|$)/g, "$1$3")
      .replace(/~~(.*?)~~/g, "$1")
      // HTML entities that Markdown writers use.
      .replace(/&nbsp;/g, " ")
      .replace(/&amp;/g, "&")
      .replace(/\s+/g, " ")
      .trim()
      .normalize("NFC")
  );
}
