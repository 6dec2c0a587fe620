import type { SectionNavItem } from "~/components/section-nav";
import { can, type Actor } from "~/modules/permissions/permissions";

/** The capabilities of a network the actor may open, in the order of the shell's navigation. */
export function networkNavigation(actor: Actor, network: { id: number; slug: string }): SectionNavItem[] {
  const base = `/n/${network.slug}`;
  const scope = { networkId: network.id };
  const items: SectionNavItem[] = [];
  if (can(actor, "read:network", scope)) {
    items.push({ to: `${base}/offerings`, label: "nav.offerings" });
    items.push({ to: `${base}/calendar`, label: "nav.calendar", also: [`${base}/events`] });
    items.push({ to: `${base}/overlaps`, label: "nav.overlaps", also: [`${base}/gaps`, `${base}/needs`] });
    items.push({ to: `${base}/reviews`, label: "nav.reviews", also: [`${base}/criteria`, `${base}/trends`] });
    items.push({ to: `${base}/meetings`, label: "nav.meetings", also: [`${base}/actions`] });
    items.push({ to: `${base}/recertification`, label: "nav.recertification" });
    items.push({
      to: base,
      label: "nav.network",
      end: true,
      also: [`${base}/centres`, `${base}/neighbourhoods`, `${base}/partners`, `${base}/categories`, `${base}/documents`],
    });
  }
  if (can(actor, "manage:members", scope)) items.push({ to: `${base}/members`, label: "nav.members" });
  if (can(actor, "read:audit", scope)) items.push({ to: `${base}/audit`, label: "nav.audit" });
  return items;
}
