import { useMemo, useState } from "react";
import { useRouteLoaderData } from "@remix-run/react";
import { loadAllMessages, registeredTranslator } from "./registry";
import type { Locale, Translate } from "./translate";

export function useLocale(): Locale {
  const data = useRouteLoaderData<{ locale: Locale }>("root");
  return data?.locale ?? "de";
}

export function useT(): Translate {
  const locale = useLocale();
  // A key that is not loaded yet (only after leaving the public guide in the browser) loads all
  // messages and renders again.
  const [version, setVersion] = useState(0);
  return useMemo(
    () =>
      registeredTranslator(locale, () => {
        void loadAllMessages().then(() => setVersion((v) => v + 1));
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [locale, version],
  );
}
