// `<id>@<version>` names one questionnaire version everywhere (CLI, database, URLs).

export type TVersionKey = { id: string; version: string };

export function parseVersionKey(key: string): TVersionKey | undefined {
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)@([0-9A-Za-z.-]+)$/.exec(key.trim());
  return match?.[1] && match[2] ? { id: match[1], version: match[2] } : undefined;
}

export function versionKey(id: string, version: string): string {
  return `${id}@${version}`;
}
