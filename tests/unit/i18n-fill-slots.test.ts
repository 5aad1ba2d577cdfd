import { describe, expect, it } from "vitest";
import { fillSlots } from "@/lib/i18n/fill-slots";

describe("fillSlots puts the values in a translated pattern", () => {
  it.each([
    ["{country}: {value} of 100 ({status})", { country: "Kenya", value: "54.3", status: "Validated" }, "Kenya: 54.3 of 100 (Validated)"],
    ["{country} : {value} sur 100 ({status})", { country: "Côte d’Ivoire", value: "61,2", status: "Validée" }, "Côte d’Ivoire : 61,2 sur 100 (Validée)"],
    ["{country}: {value} من أصل 100 ({status})", { country: "كينيا", value: "54.3", status: "مُعتمدة" }, "كينيا: 54.3 من أصل 100 (مُعتمدة)"],
    ["{country}：{value}/100（{status}）", { country: "肯尼亚", value: "54.3", status: "已验证" }, "肯尼亚：54.3/100（已验证）"],
  ])("%s", (template, values, expected) => {
    expect(fillSlots(template, values)).toBe(expected);
  });

  it("never reads an inserted value as a slot", () => {
    expect(fillSlots("{a} and {b}", { a: "{b}", b: "x" })).toBe("{b} and x");
  });

  it("leaves a slot without a value as written, and ignores inherited names", () => {
    expect(fillSlots("{country} ({constructor})", { country: "Kenya" })).toBe("Kenya ({constructor})");
  });
});
