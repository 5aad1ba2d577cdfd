// Demo accounts (demo data only; listed in the README). Tests create their users through the same factory.
import type { TCreateUser } from "../authz/user-schemas";

export const DEMO_PASSWORD = "demo-password-2026";

export const DEMO_ACCOUNTS = [
  { email: "admin@example.org", name: "Ada Admin", role: "admin" },
  { email: "reviewer@example.org", name: "Rémi Reviewer", role: "reviewer" },
  { email: "focal.ken@example.org", name: "Wanjiru Kamau", role: "focal-point", countryIso3: "KEN" },
  { email: "focal.fra@example.org", name: "Claire Martin", role: "focal-point", countryIso3: "FRA" },
  { email: "contributor.ken@example.org", name: "Otieno Odhiambo", role: "contributor", countryIso3: "KEN", pillars: ["legal", "technical"] },
] as const satisfies readonly TCreateUser[];
