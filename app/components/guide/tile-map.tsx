// The tile map (Leaflet), loaded lazily by the map page only, so the rest of the guide ships none of it.
// Centres are circle markers (no marker images); each popup links to the centre's page.
import { useEffect, useRef } from "react";

export interface TileMapProps {
  tiles: { url: string; attribution: string };
  label: string;
  centres: { slug: string; name: string; latitude: number; longitude: number; href: string }[];
}

export default function TileMap({ tiles, label, centres }: TileMapProps) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let cleanup = () => {};
    void import("leaflet").then(({ default: L }) => {
      if (disposed || !container.current) return;
      const map = L.map(container.current, { scrollWheelZoom: false });
      L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 19 }).addTo(map);
      const points = centres.map((c) => {
        const marker = L.circleMarker([c.latitude, c.longitude], { radius: 9, color: "#063752", fillColor: "#0b5a85", fillOpacity: 0.9 });
        const link = document.createElement("a");
        link.href = c.href;
        link.textContent = c.name;
        marker.bindPopup(link);
        marker.bindTooltip(c.name);
        return marker.addTo(map);
      });
      map.fitBounds(L.featureGroup(points).getBounds(), { padding: [24, 24], maxZoom: 15 });
      cleanup = () => map.remove();
    });
    return () => {
      disposed = true;
      cleanup();
    };
  }, [tiles, centres]);
  return <div ref={container} role="region" aria-label={label} className="mt-3 h-96 w-full rounded border border-slate-300" />;
}
