"use server";
import { revalidatePath } from "next/cache";
import { isAdmin } from "@/lib/authz/policy";
import { openCycle } from "@/lib/server/cycles/open-cycle";
import { publishCycle } from "@/lib/server/cycles/publish-cycle";
import { setValidationDeadline } from "@/lib/server/cycles/set-validation-deadline";
import { z } from "zod";
import { defineAction } from "@/lib/server/entry/define-action";
import { forbidden } from "@/lib/server/errors";
import { ZOpenCycle, ZValidationDeadline } from "../../assessments/cycle-schemas";
import { ZPublishCycle } from "../../assessments/publication";

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

export const publishCycleAction = defineAction({
  schema: z.object({ cycleId: z.string().min(1), publication: ZPublishCycle }),
  authorize: (actor) => {
    if (!isAdmin(actor)) throw forbidden();
  },
  run: async (actor, { cycleId, publication }) => {
    const result = await publishCycle(actor, cycleId, publication);
    revalidatePath("/[locale]/admin/cycles", "page");
    return result;
  },
});

export const validationDeadlineAction = defineAction({
  schema: z.object({ cycleId: z.string().min(1), deadline: ZValidationDeadline.shape.deadline }),
  authorize: (actor) => {
    if (!isAdmin(actor)) throw forbidden();
  },
  run: async (actor, { cycleId, deadline }) => {
    const result = await setValidationDeadline(actor, cycleId, { deadline });
    revalidatePath("/[locale]/admin/cycles", "page");
    return result;
  },
});
