import { worldGeometry } from "@/lib/charts/world-geometry";

/**
 * GET /map.svg?v=<version>: the world map's shapes, which the overview's map draws with
 * `<use>`. Sent once and cached for good (the address changes with the shapes), instead of 155 KB
 * of paths in every overview page and again in its RSC payload.
 */
export function GET(): Response {
  return new Response(worldGeometry().sprite, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
