import fs from "node:fs";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default function setup() {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is missing at ${chromiumPath}. Install Debian's Chromium: sudo apt-get update && sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  if (!fs.existsSync(`${process.env.BUILD_DIR ?? "build"}/server/index.js`)) {
    throw new Error("No production build found. Run `npm run build` first (npm test does this).");
  }
}
