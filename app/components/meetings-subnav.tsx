// The sub-navigation of the working-group pages (Treffen · Maßnahmen).
import { SubNav } from "./sub-nav";

export function MeetingsSubnav({ network }: { network: string }) {
  const base = `/n/${network}`;
  return (
    <SubNav
      label="meetings.subnav.label"
      items={[
        { to: `${base}/meetings`, label: "meetings.subnav.meetings" },
        { to: `${base}/actions`, label: "meetings.subnav.actions" },
      ]}
    />
  );
}
