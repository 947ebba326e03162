import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { describe, expect, it } from "vitest";
import TextField from "../../site/components/portal/TextField.astro";

// What the artisan typed comes back exactly as typed after an error: no spaces added around it, and text
// that looks like markup is shown as text.
describe("a portal text field", () => {
  it("keeps a multi-line text exactly, escaped", async () => {
    const container = await AstroContainer.create();
    const value = 'Nhuộm chàm <b>đậm</b>\nphơi nắng & "gió"';
    const html = await container.renderToString(TextField, {
      props: { name: "description", label: "Mô tả", value, multiline: true },
    });
    const typed = /<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(html)?.[1];
    expect(typed).toBe("Nhuộm chàm &lt;b&gt;đậm&lt;/b&gt;\nphơi nắng &amp; &quot;gió&quot;");
  });
});
