// The sub-navigation of the overlaps, gaps and needs pages (Überschneidungen · Lücken und Bedarfe · Bedarfe).
import { SubNav } from "./sub-nav";

export function OverlapsSubnav({ network }: { network: string }) {
  const base = `/n/${network}`;
  return (
    <SubNav
      label="subnav.label"
      items={[
        { to: `${base}/overlaps`, label: "subnav.overlaps" },
        { to: `${base}/gaps`, label: "subnav.gaps" },
        { to: `${base}/needs`, label: "subnav.needs" },
      ]}
    />
  );
}
