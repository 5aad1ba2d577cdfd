// `npm run cli -- <command> ...`: one entry point, one module per command, loaded on demand
// (only the commands that touch the database pay for opening it).

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, { run: () => Promise<Command>; help: string }> = {
  questionnaire: { run: async () => (await import("./questionnaire-command")).runQuestionnaireCommand, help: "validate | list | show | diff | json-schema" },
  score: { run: async () => (await import("./score-command")).runScoreCommand, help: "score an answers file, or `score template`" },
  user: { run: async () => (await import("./user-command")).runUserCommand, help: "create | list | grant | revoke | reset-link" },
  reference: { run: async () => (await import("./reference-command")).runReferenceCommand, help: "import --file <csv> --edition <year>" },
  token: { run: async () => (await import("./token-command")).runTokenCommand, help: "create | list | revoke" },
  backup: { run: async () => (await import("./backup-command")).runBackupCommand, help: "--out FILE: the database and every evidence file, online" },
  restore: { run: async () => (await import("./backup-command")).runRestoreCommand, help: "--file FILE [--force]: into an empty database" },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    const lines = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(14)} ${c.help}`);
    process.stderr.write(`usage: npm run cli -- <command> [options]\n\ncommands:\n${lines.join("\n")}\n`);
    return name ? 2 : 0;
  }
  return (await command.run())(rest);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
