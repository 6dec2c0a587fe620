// The sub-navigation of the review area: Überprüfungen · Kriterien · Entwicklung · Maßnahmen.
import { SubNav } from "./sub-nav";

export function ReviewsSubnav({ network }: { network: string }) {
  const base = `/n/${network}`;
  return (
    <SubNav
      label="reviews.subnav.label"
      items={[
        { to: `${base}/reviews`, label: "reviews.subnav.cycles" },
        { to: `${base}/criteria`, label: "reviews.subnav.criteria" },
        { to: `${base}/trends`, label: "reviews.subnav.trends" },
        { to: `${base}/actions`, label: "reviews.subnav.actions" },
      ]}
    />
  );
}
