import { useMemo } from "react";
import { useRouteLoaderData } from "@remix-run/react";
import { translator, type Locale, type Translate } from "./translate";

export function useLocale(): Locale {
  const data = useRouteLoaderData<{ locale: Locale }>("root");
  return data?.locale ?? "de";
}

export function useT(): Translate {
  const locale = useLocale();
  return useMemo(() => translator(locale), [locale]);
}
