// `npm test`: typecheck, lint, production build, then unit, integration and browser tests.
import { spawnSync } from "node:child_process";

const steps = [
  ["typecheck", ["npx", "tsc", "--noEmit"]],
  ["lint", ["npx", "eslint", "."]],
  ["build", ["npx", "remix", "vite:build"]],
  ["tests", ["npx", "vitest", "run", ...process.argv.slice(2)]],
];

for (const [name, [command, ...args]] of steps) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log("\n✓ all checks passed");
