import { useEffect, useRef } from "react";
import { useLocation } from "@remix-run/react";

/**
 * After a client-side navigation, move focus to the page's main heading (or main) so screen readers
 * announce the new page and keyboard users start at its content. The first load keeps browser focus.
 */
export function useFocusMainOnNavigation() {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById("main");
    const target = main?.querySelector<HTMLElement>("h1") ?? main;
    if (!target) return;
    if (target !== main && !target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus();
  }, [location.pathname]);
}
