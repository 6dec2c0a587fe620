export interface RoleSpec {
  role: "coordinator" | "lead" | "staff";
  network: string;
  centre: string | null;
}

/** Parses coordinator@NETWORK, lead@NETWORK/CENTRE or staff@NETWORK/CENTRE. */
export function parseRoleSpec(spec: string): RoleSpec {
  const match = /^(coordinator|lead|staff)@([a-z0-9-]+)(?:\/([a-z0-9-]+))?$/.exec(spec.trim());
  if (!match) throw new Error(`Invalid --role "${spec}": use coordinator@NETWORK, lead@NETWORK/CENTRE or staff@NETWORK/CENTRE`);
  const [, role, network, centre] = match as unknown as [string, RoleSpec["role"], string, string | undefined];
  if (role === "coordinator" && centre) throw new Error(`Invalid --role "${spec}": a coordinator belongs to a network, not a centre`);
  if (role !== "coordinator" && !centre) throw new Error(`Invalid --role "${spec}": ${role} needs a centre (${role}@NETWORK/CENTRE)`);
  return { role, network: network!, centre: centre ?? null };
}
