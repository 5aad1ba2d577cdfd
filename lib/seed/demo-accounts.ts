// Demo accounts (demo data only; listed in the README). Tests create their users through the same factory.
import type { TCreateUser } from "../authz/user-schemas";

export const DEMO_PASSWORD = "demo-password-2026";

export const DEMO_ACCOUNTS = [
  { email: "admin@example.org", name: "Ada Admin", role: "admin" },
  { email: "reviewer@example.org", name: "Rémi Reviewer", role: "reviewer" },
  { email: "focal.ken@example.org", name: "Wanjiru Kamau", role: "focal-point", countryIso3: "KEN" },
  { email: "focal.fra@example.org", name: "Claire Martin", role: "focal-point", countryIso3: "FRA" },
  // Malawi's answers were drafted by ITU from desk research and await this focal point (seed-demo-desk-research.ts).
  { email: "focal.mwi@example.org", name: "Chikondi Banda", role: "focal-point", countryIso3: "MWI" },
  { email: "contributor.ken@example.org", name: "Otieno Odhiambo", role: "contributor", countryIso3: "KEN", pillars: ["legal", "technical"] },
] as const satisfies readonly TCreateUser[];
