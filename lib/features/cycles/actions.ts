"use server";
import { revalidatePath } from "next/cache";
import { isAdmin } from "@/lib/authz/policy";
import { openCycle } from "@/lib/server/cycles/open-cycle";
import { defineAction } from "@/lib/server/entry/define-action";
import { forbidden } from "@/lib/server/errors";
import { ZOpenCycle } from "../../assessments/cycle-schemas";

export const openCycleAction = defineAction({
  schema: ZOpenCycle,
  authorize: (actor) => {
    if (!isAdmin(actor)) throw forbidden();
  },
  run: async (actor, input) => {
    const result = await openCycle(actor, input);
    revalidatePath("/[locale]/admin/cycles", "page");
    return result;
  },
});
