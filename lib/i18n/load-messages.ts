import type { TLocale } from "./routing";

// Inside the Next build, complex messages arrive precompiled (arrays, see next.config.js); they are
// leaves like strings. Outside it (tests, CLI) they are ICU strings.
type TMessages = { [key: string]: string | unknown[] | TMessages };

const isGroup = (v: unknown): v is TMessages => typeof v === "object" && v !== null && !Array.isArray(v);

/** English underneath, the locale's catalogue on top: a missing string shows in English, never as a key. */
export function mergeMessages(base: TMessages, over: TMessages): TMessages {
  const out: TMessages = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const under = out[key];
    out[key] = isGroup(value) && isGroup(under) ? mergeMessages(under, value) : value;
  }
  return out;
}

export async function loadMessages(locale: TLocale): Promise<TMessages> {
  const en = (await import("./messages/en.json")).default as TMessages;
  if (locale === "en") return en;
  const own = (await import(`./messages/${locale}.json`)).default as TMessages;
  return mergeMessages(en, own);
}
