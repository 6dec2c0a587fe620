import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { loadAllMessages } from "./modules/i18n/registry";

async function hydrate() {
  // The public guide renders with the core and guide messages; every other page needs all of them.
  if (document.documentElement.dataset.messages !== "guide") await loadAllMessages();
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  });
}

void hydrate();
