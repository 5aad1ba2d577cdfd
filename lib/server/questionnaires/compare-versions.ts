import "server-only";
import type { TActor } from "../../authz/policy";
import { loadCrosswalk } from "../../files/questionnaire-files";
import { diffVersions, invertCrosswalk } from "../../questionnaire/crosswalk";
import type { TCrosswalkFile } from "../../questionnaire/format-schema";
import { getQuestionnaireVersion } from "./get-questionnaire-version";

// Crosswalk files are read once per process: they are shipped with the app and imported at start.
const crosswalks = new Map<string, Promise<TCrosswalkFile | undefined>>();

async function crosswalkBetween(id: string, from: string, to: string): Promise<TCrosswalkFile | undefined> {
  const key = `${id}|${from}|${to}`;
  if (!crosswalks.has(key)) {
    crosswalks.set(
      key,
      (async () => {
        const direct = await loadCrosswalk(id, from, to);
        if (direct) return direct;
        const reverse = await loadCrosswalk(id, to, from);
        return reverse ? invertCrosswalk(reverse) : undefined;
      })(),
    );
  }
  return crosswalks.get(key)!;
}

/** What changed from one version to another, paired through the crosswalk when one exists. */
export async function compareVersions(actor: TActor, fromKey: string, toKey: string) {
  const [from, to] = await Promise.all([getQuestionnaireVersion(actor, fromKey), getQuestionnaireVersion(actor, toKey)]);
  const crosswalk = from.version.id === to.version.id ? await crosswalkBetween(from.version.id, from.version.version, to.version.version) : undefined;
  return { from: from.version, to: to.version, diff: diffVersions(from.version, to.version, crosswalk) };
}
