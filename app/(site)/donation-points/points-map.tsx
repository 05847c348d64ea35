"use client";

import "leaflet/dist/leaflet.css";
import "./points-map.css";
import type { Map as LeafletMap } from "leaflet";
import { useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import { mapView, type MapOrigin, type MapPoint } from "@/lib/donation-points/map-view";

export type MapTiles = { url: string; attribution: string; attributionUrl: string | null };

const subscribe = () => () => {};
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The drop-off points on a map, beside the list, which stays the page's main, accessible view:
 * each marker is numbered as the list is, named in its tooltip, and leads to its entry when
 * chosen. Markers are pictures of the list, not more links: hidden from screen readers and out
 * of the tab order (the list holds the same, and markers of nearby points overlap, too small to
 * hit as links), while the map itself can be moved and zoomed from the keyboard. Drawn only with
 * script (without it nothing is drawn, not an empty box), and Leaflet is fetched only when the
 * map is drawn, so no other page carries it. The wheel does not zoom it, so a page scrolled
 * with the mouse never gets stuck in the map; Tab moves on through it like any other content.
 */
export function PointsMap({ points, origin, tiles }: { points: MapPoint[]; origin: MapOrigin | null; tiles: MapTiles }) {
  const scripted = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const box = useRef<HTMLDivElement>(null);
  const view = useMemo(() => mapView(points, origin), [points, origin]);

  useEffect(() => {
    const element = box.current;
    if (!scripted || !element || !view) return;
    let map: LeafletMap | null = null;
    let cancelled = false;
    void import("leaflet").then(({ default: L }) => {
      if (cancelled) return;
      map = L.map(element, { scrollWheelZoom: false, zoomSnap: 0.5 });
      const credit = tiles.attributionUrl
        ? `<a href="${escape(tiles.attributionUrl)}" rel="noopener">${escape(tiles.attribution)}</a>`
        : escape(tiles.attribution);
      map.attributionControl.setPrefix(false);
      L.tileLayer(tiles.url, { attribution: credit, maxZoom: 19 }).addTo(map);
      for (const p of view.markers) {
        const html = `<span class="finder-marker${p.full ? " finder-marker-full" : ""}" aria-hidden="true">${p.number}</span>`;
        L.marker([p.latitude, p.longitude], {
          icon: L.divIcon({ html, className: "", iconSize: [32, 32], iconAnchor: [16, 16] }),
          title: `${p.number}. ${p.name}${p.full ? ", full for now" : ""}`,
          keyboard: false,
        })
          .on("click", () => {
            window.location.hash = `point-${p.id}`;
          })
          .addTo(map);
      }
      if (view.origin) {
        const label = escape(view.origin.label);
        L.marker([view.origin.latitude, view.origin.longitude], {
          icon: L.divIcon({ html: `<span class="finder-origin" role="img" aria-label="${label}" title="${label}"></span>`, className: "", iconSize: [22, 22] }),
          interactive: false,
          keyboard: false,
          zIndexOffset: 1000,
        }).addTo(map);
      }
      map.fitBounds(view.bounds, { padding: [28, 28], maxZoom: 14 });
    });
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [scripted, view, tiles]);

  if (!scripted || !view) return null;
  return (
    <section aria-labelledby="on-the-map">
      <h2 id="on-the-map" className="text-xl font-semibold text-ink">
        On the map
      </h2>
      <p className="mt-1 text-sm text-ink-muted">Each number is a point in the list; choose one to go to it.</p>
      <div
        ref={box}
        role="group"
        aria-label="Map of the drop-off points: arrow keys move it, plus and minus zoom"
        className="finder-map mt-3 h-72 w-full overflow-hidden rounded-3xl bg-paper-deep ring-1 ring-ink/10 sm:h-96"
      />
    </section>
  );
}
