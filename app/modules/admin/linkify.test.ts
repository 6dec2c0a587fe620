import { describe, expect, it } from "vitest";
import { linkify } from "./linkify";

describe("linkify", () => {
  it("finds http and https links and leaves trailing punctuation outside", () => {
    expect(linkify("Open https://example.org/invite/abc. Or http://x.test/a?b=1, then stop")).toEqual([
      { text: "Open " },
      { text: "https://example.org/invite/abc", href: "https://example.org/invite/abc" },
      { text: ". Or " },
      { text: "http://x.test/a?b=1", href: "http://x.test/a?b=1" },
      { text: ", then stop" },
    ]);
  });
  it("does not link other schemes or markup", () => {
    expect(linkify('javascript:alert(1) <a href="x">')).toEqual([{ text: 'javascript:alert(1) <a href="x">' }]);
  });
  it("handles a link on its own line", () => {
    expect(linkify("\n\nhttp://127.0.0.1:3000/reset-password/abcdef\n\n")).toEqual([
      { text: "\n\n" },
      { text: "http://127.0.0.1:3000/reset-password/abcdef", href: "http://127.0.0.1:3000/reset-password/abcdef" },
      { text: "\n\n" },
    ]);
  });
});
