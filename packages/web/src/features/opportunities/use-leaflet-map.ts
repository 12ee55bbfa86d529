import {
  type FitBoundsOptions,
  type LatLngBoundsExpression,
  type Layer,
  type Map as LeafletMap,
  map as leafletMap,
  type MapOptions,
} from 'leaflet';
import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';

export interface TLeafletMapOptions extends MapOptions {
  /** The box shown first: Leaflet's own options take a centre and a zoom, not a box. */
  bounds: LatLngBoundsExpression;
  boundsOptions?: FitBoundsOptions;
}

/**
 * A Leaflet map drawn in `container`: made once the element is in the page, before it is painted,
 * and removed with the component (`map.remove()`). Null until then, so that what adds layers to it
 * waits for it. Leaflet reads its options only when made: later changes to `options` are ignored,
 * as they are by Leaflet (key the component to draw the map anew, or use the map's own methods).
 *
 * React must not manage the container's `className`: Leaflet adds its own classes to it.
 */
export function useLeafletMap(
  container: RefObject<HTMLElement | null>,
  options: TLeafletMapOptions,
): LeafletMap | null {
  const [map, setMap] = useState<LeafletMap | null>(null);
  const initial = useRef(options);
  useLayoutEffect(() => {
    const element = container.current;
    if (element === null) return;
    const { bounds, boundsOptions, ...mapOptions } = initial.current;
    const created = leafletMap(element, mapOptions).fitBounds(bounds, boundsOptions);
    setMap(created);
    return () => {
      created.remove();
      setMap(null);
    };
  }, [container]);
  return map;
}

/**
 * A layer (marker, circle, tile layer…) made once by `create` and on `map` while the component is
 * mounted. Its later changes are the caller's to apply, with the layer's own methods.
 */
export function useLayer<T extends Layer>(map: LeafletMap, create: () => T): T {
  const [layer] = useState(create);
  useEffect(() => {
    layer.addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, layer]);
  return layer;
}
