import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { PASSWORD_MESSAGES, passwordMessageKey, passwordProblem, ZNewPassword } from "@/lib/authz/password-schema";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import en from "@/lib/i18n/messages/en.json";

describe("the new-password rule (issue 13 defect 8)", () => {
  it.each([
    ["aaaaaaaaaaaa", PASSWORD_MESSAGES.repeat],
    ["199019901990", PASSWORD_MESSAGES.repeat],
    ["abcdefghijklmnop", PASSWORD_MESSAGES.sequence],
    ["password1234", PASSWORD_MESSAGES.common],
    ["qwertyuiopas", PASSWORD_MESSAGES.common],
    ["short", PASSWORD_MESSAGES.tooShort],
    ["x".repeat(129), PASSWORD_MESSAGES.tooLong],
  ])("refuses %s, saying why", async (password, message) => {
    expect(await passwordProblem(password)).toBe(message);
  });

  it.each([DEMO_PASSWORD, "correct-horse-battery-2026", "violet-harbour-lantern-2026", randomBytes(12).toString("base64url")])(
    "accepts %s",
    async (password) => {
      expect(await ZNewPassword.parseAsync(password)).toBe(password);
    },
  );

  it("every message has a catalogue entry, so forms can translate it", () => {
    for (const [key, text] of Object.entries(PASSWORD_MESSAGES)) {
      expect(passwordMessageKey(text)).toBe(key);
      expect((en.passwordRules as Record<string, string>)[key]).toBeTruthy();
    }
  });
});
