// The tile map's source for the Content-Security-Policy: the origin of MAP_TILE_URL, so that img-src
// allows its tiles and nothing else. "{s}" subdomains become a wildcard (https://*.tile.example.org).

export function tileImageSource(tileUrl: string | undefined): string | null {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(tileUrl?.trim() ?? "");
  if (!match) return null;
  const host = match[2]!.replace(/^\{s\}\./, "*.");
  if (!/^(\*\.)?[a-z0-9.-]+(:\d+)?$/i.test(host)) return null;
  return `${match[1]!.toLowerCase()}://${host.toLowerCase()}`;
}
