import { describe, expect, it } from "vitest";
import { seedAll } from "@/lib/seed/seed-all";
import { DEMO_ACCOUNTS } from "@/lib/seed/demo-accounts";
import { db } from "@/lib/server/db";

describe("seed", () => {
  it("is idempotent: countries are upserted, demo accounts only on an unused database", async () => {
    const first = await seedAll({ demo: true });
    const second = await seedAll({ demo: true });
    expect(first.countries).toBe(194);
    expect(second.countries).toBe(194);
    expect(await db().country.count()).toBe(194);
    expect(second.demo).toBeNull();
    const demo = await db().user.count({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } });
    // Other test files may have created accounts first; then no demo data is added at all.
    expect([0, DEMO_ACCOUNTS.length]).toContain(demo);
  });

  it("stores the ITU-D region and the names in the six UN languages", async () => {
    const ken = await db().country.findUniqueOrThrow({ where: { iso3: "KEN" } });
    expect(ken).toMatchObject({
      ituRegion: "africa",
      m49Region: "Africa",
      nameEn: "Kenya",
      nameFr: "Kenya",
      nameZh: "肯尼亚",
      nameRu: "Кения",
      nameEs: "Kenia",
    });
    expect(ken.nameAr).toBe("كينيا");
  });
});
