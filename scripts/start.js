// `npm start`: build the app if the build is missing or older than the sources, then run the server
// (which migrates and seeds before it listens).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const output = "build/server/index.js";
const sources = ["app", "db", "public", "vite.config.ts", "package-lock.json", "tsconfig.json"];

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

const built = fs.existsSync(output) ? fs.statSync(output).mtimeMs : 0;
if (built < Math.max(...sources.map(newestMtime))) {
  console.log("Building familiennetz …");
  const result = spawnSync("npx", ["remix", "vite:build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const server = spawnSync(process.execPath, ["--import", "tsx", "server.ts"], {
  stdio: "inherit",
  env: { NODE_ENV: "production", ...process.env },
});
process.exit(server.status ?? 1);
