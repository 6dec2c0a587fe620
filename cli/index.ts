// familiennetz command line: `npm run cli -- <command> [options]`. Errors are one line and exit 1.
import { parseArgs } from "node:util";
import { commands } from "./commands";

class CliError extends Error {}

function usage(): string {
  const lines = ["Usage: npm run cli -- <command> [options]", "", "Commands:"];
  for (const [name, command] of Object.entries(commands)) lines.push(`  ${name.padEnd(18)} ${command.summary}`);
  lines.push("", "Run `npm run cli -- <command> --help` for a command's options.");
  return lines.join("\n");
}

async function main(argv: string[]) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(usage());
    return;
  }
  const command = commands[name];
  if (!command) throw new CliError(`Unknown command "${name}". Run with --help to list the commands.`);
  if (rest.includes("--help") || rest.includes("-h")) {
    console.log(`Usage: npm run cli -- ${name} ${command.usage}\n\n${command.summary}`);
    return;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError((error as Error).message.split("\n")[0] ?? "Invalid arguments");
  }
  await command.run(parsed.values as Record<string, unknown>, parsed.positionals);
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Error: ${message.split("\n")[0]}`);
    process.exit(1);
  },
);
