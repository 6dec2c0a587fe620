import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["build/**", "build-*/**", "node_modules/**", "data/**", "db/migrations/**", "public/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // One clock (app/modules/time/clock.ts): "now" is read there, so tests and demos can move it.
    // Elapsed time (timeouts, throttles) uses performance.now().
    files: ["app/**/*.{ts,tsx}", "db/**/*.ts", "cli/**/*.ts", "server.ts"],
    ignores: ["**/*.test.ts", "app/modules/time/clock.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: "Read the time from ~/modules/time/clock (nowMs)." },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Read the time from ~/modules/time/clock (nowDate)." },
      ],
    },
  },
);
