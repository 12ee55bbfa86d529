import 'leaflet/dist/leaflet.css';
import './catalogue-map.css';
import { Anchor, Box, List, Stack, Text } from '@mantine/core';
import { useReducedMotion } from '@mantine/hooks';
import type { TCatalogueEntry } from '@musubi/shared';
import {
  control,
  circle as createCircle,
  marker as createMarker,
  tileLayer as createTileLayer,
  type DivIcon,
  divIcon,
  type LeafletEventHandlerFnMap,
  type LeafletKeyboardEvent,
  type Map as LeafletMap,
  type Marker as LeafletMarker,
  type PopupEvent,
} from 'leaflet';
import { Fragment, type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../ui/ErrorState';
import { useFormatters } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { boundsAround, compassPoint, groupClose, type Point, roundDistance, type TBounds } from './nearby';
import { sharePath } from './paths';
import { useMapSettings } from './use-catalogue';
import { useLayer, useLeafletMap } from './use-leaflet-map';

type TPlacedEntry = TCatalogueEntry & { location: Point };
type TOrigin = Point & { radiusKm: number };

/**
 * Room around the places for their markers, clear of the zoom buttons (top right) and the credits
 * (bottom right), so that no marker starts under a control; and no closer than a street.
 */
const FIT_OPTIONS = {
  paddingTopLeft: [32, 32] as [number, number],
  paddingBottomRight: [80, 44] as [number, number],
  maxZoom: 16,
};
const PLACE_SIZE = 44;
const ORIGIN_SIZE = 22;
// Without the flag and English title of Leaflet's default credit, which the interface does not translate.
const ATTRIBUTION_PREFIX = '<a href="https://leafletjs.com">Leaflet</a>';

/** Markers whose centres are closer than this (in pixels) would cover each other: one stands for them all. */
const GROUP_DISTANCE = PLACE_SIZE + 8;

const icons = new Map<string, DivIcon>();

/**
 * A numbered place, or a group of places close together with their count; made once per label, as
 * a new icon object would make Leaflet replace the marker's element, and a keyboard user's focus
 * with it. The label is hidden from screen readers, which name the marker by its title instead.
 */
function markerIcon(kind: 'place' | 'group', label: number): DivIcon {
  const key = `${kind}-${label}`;
  let icon = icons.get(key);
  if (!icon) {
    icon = divIcon({
      className: `musubi-map-${kind}`,
      html: `<span aria-hidden="true">${label}</span>`,
      iconSize: [PLACE_SIZE, PLACE_SIZE],
      popupAnchor: [0, -PLACE_SIZE / 2],
    });
    icons.set(key, icon);
  }
  return icon;
}

const originIcon = divIcon({ className: 'musubi-map-origin', html: '', iconSize: [ORIGIN_SIZE, ORIGIN_SIZE] });

/**
 * A marker is a button: Leaflet opens its popup on Enter; this adds Space, Escape to close (Leaflet
 * listens for it only while the map itself has the focus), and gives the focus back on closing.
 */
const PLACE_EVENTS: LeafletEventHandlerFnMap = {
  keydown: (event) => {
    const { originalEvent } = event as LeafletKeyboardEvent;
    const marker = event.target as LeafletMarker;
    if (originalEvent.key === ' ') {
      originalEvent.preventDefault();
      marker.openPopup();
    } else if (originalEvent.key === 'Escape' && marker.isPopupOpen()) {
      marker.closePopup();
    }
  },
  popupclose: (event) => {
    const popup = (event as PopupEvent).popup.getElement();
    const active = document.activeElement;
    if (active === null || active === document.body || popup?.contains(active)) {
      (event.target as LeafletMarker).getElement()?.focus({ preventScroll: true });
    }
  },
};

interface CatalogueMapProps {
  /** The entries found, in the catalogue's order (nearest first when searching near the person). */
  entries: TCatalogueEntry[];
  /** The person's point and the distance searched, when they shared their location. */
  origin: TOrigin | null;
}

/**
 * The catalogue as a map: one numbered marker per activity with a place, the person and the circle
 * searched when known. The map only adds a picture: the numbered list under it says the same.
 */
export function CatalogueMap({ entries, origin }: CatalogueMapProps) {
  const { t, i18n } = useTranslation();
  const settings = useMapSettings();
  const placed = entries.filter((entry): entry is TPlacedEntry => entry.location !== null);
  const unplaced = entries.length - placed.length;
  // The places and the person; the whole circle searched only when there is no place to frame.
  const points = placed.map((entry): Point => entry.location);
  const bounds = boundsAround(origin ? [...points, origin] : points, points.length === 0 ? origin : null);

  return (
    <Stack gap="md" data-testid="catalogue-map-view">
      {bounds === null ? (
        <Text>{t('opportunities.catalogue.map_none')}</Text>
      ) : settings.isPending ? (
        <LoadingState />
      ) : settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <Box component="section" aria-label={t('opportunities.catalogue.map_label')} className="musubi-map">
          <Stack gap="xs">
            <PlacesMap
              // Leaflet reads its controls' and markers' words once: a new language draws the map anew.
              key={i18n.language}
              places={placed}
              origin={origin}
              bounds={bounds}
              tileUrl={settings.data.tileUrl}
              attribution={settings.data.attribution}
            />
            <Text>
              {origin && `${t('opportunities.catalogue.map_legend_you', { km: origin.radiusKm })} `}
              {placed.length > 0 && t('opportunities.catalogue.map_legend')}
            </Text>
            {settings.data.tileUrl === null && (
              <Text c="dimmed" data-testid="catalogue-map-no-tiles">
                {t('opportunities.catalogue.map_no_tiles')}
              </Text>
            )}
          </Stack>
        </Box>
      )}
      {unplaced > 0 && <Text>{t('opportunities.catalogue.map_unplaced', { count: unplaced })}</Text>}
      {placed.length > 0 && <PlacesList places={placed} origin={origin} />}
    </Stack>
  );
}

interface PlacesMapProps {
  places: TPlacedEntry[];
  origin: TOrigin | null;
  bounds: TBounds;
  tileUrl: string | null;
  attribution: string;
}

/**
 * The map itself: plain Leaflet, made once in its element (see `useLeafletMap`); the effects and
 * components below keep its layers in step with the props.
 */
function PlacesMap({ places, origin, bounds, tileUrl, attribution }: PlacesMapProps) {
  const { t } = useTranslation();
  // Read at once (not after the first paint): Leaflet takes its animation options only when created.
  const reduceMotion = useReducedMotion(false, { getInitialValueInEffect: false });
  const container = useRef<HTMLDivElement>(null);
  const map = useLeafletMap(container, {
    bounds,
    boundsOptions: FIT_OPTIONS,
    zoomControl: false,
    attributionControl: false,
    zoomAnimation: !reduceMotion,
    fadeAnimation: !reduceMotion,
    markerZoomAnimation: !reduceMotion,
    inertia: !reduceMotion,
    // The page scrolls with the wheel; the map zooms with its buttons, keys, pinch or double-click.
    scrollWheelZoom: false,
  });
  const zoomInTitle = t('opportunities.catalogue.zoom_in');
  const zoomOutTitle = t('opportunities.catalogue.zoom_out');

  useLayoutEffect(() => {
    // Set on the element rather than by React, which would take away the classes Leaflet adds to it.
    container.current?.classList.toggle('musubi-map-plain', tileUrl === null);
  }, [tileUrl]);

  useEffect(() => {
    if (map === null) return;
    const controls = [
      control.attribution({ prefix: ATTRIBUTION_PREFIX }),
      control.zoom({ position: 'topright', zoomInTitle, zoomOutTitle }),
    ];
    for (const item of controls) item.addTo(map);
    return () => {
      for (const item of controls) item.remove();
    };
  }, [map, zoomInTitle, zoomOutTitle]);

  useEffect(() => {
    if (map === null || tileUrl === null) return;
    const tiles = createTileLayer(tileUrl, { attribution }).addTo(map);
    return () => {
      tiles.remove();
    };
  }, [map, tileUrl, attribution]);

  return (
    <div ref={container}>
      {map && (
        <>
          <FitBounds map={map} bounds={bounds} animate={!reduceMotion} />
          {origin && <OriginLayers map={map} origin={origin} />}
          <PlaceMarkers map={map} places={places} origin={origin} />
        </>
      )}
    </div>
  );
}

/** Shows every place again when they change (other filters, another radius, more results). */
function FitBounds({ map, bounds, animate }: { map: LeafletMap; bounds: TBounds; animate: boolean }) {
  const [[south, west], [north, east]] = bounds;
  useEffect(() => {
    map.fitBounds(
      [
        [south, west],
        [north, east],
      ],
      { ...FIT_OPTIONS, animate },
    );
  }, [map, south, west, north, east, animate]);
  return null;
}

/** The person's point and the circle searched around it. */
function OriginLayers({ map, origin: { lat, lng, radiusKm } }: { map: LeafletMap; origin: TOrigin }) {
  const { t } = useTranslation();
  const radius = useLayer(map, () =>
    createCircle([lat, lng], {
      radius: radiusKm * 1000,
      interactive: false,
      // Coloured by the style sheet: SVG attributes do not take the theme's CSS variables.
      className: 'musubi-map-radius',
      weight: 2,
      dashArray: '6 6',
    }),
  );
  const point = useLayer(map, () =>
    createMarker([lat, lng], {
      icon: originIcon,
      title: t('opportunities.catalogue.you_are_here'),
      keyboard: false,
      interactive: false,
      // Under the places, so that it never hides one (its halo shows around a place on it).
      zIndexOffset: -1000,
    }),
  );
  useEffect(() => {
    if (!radius.getLatLng().equals([lat, lng])) radius.setLatLng([lat, lng]);
    if (radius.getRadius() !== radiusKm * 1000) radius.setRadius(radiusKm * 1000);
    if (!point.getLatLng().equals([lat, lng])) point.setLatLng([lat, lng]);
  }, [radius, point, lat, lng, radiusKm]);
  return null;
}

/**
 * One marker per place, or per group of places that would cover each other at this zoom (the same
 * building, or streets apart when zoomed out), so that every one stays visible and reachable.
 */
function PlaceMarkers({ map, places, origin }: { map: LeafletMap; places: TPlacedEntry[]; origin: TOrigin | null }) {
  const { t, i18n } = useTranslation();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useEffect(() => {
    const onZoomEnd = () => setZoom(map.getZoom());
    onZoomEnd();
    map.on('zoomend', onZoomEnd);
    return () => {
      map.off('zoomend', onZoomEnd);
    };
  }, [map]);
  const groups = groupClose(
    places.map((entry) => map.project(entry.location, zoom)),
    GROUP_DISTANCE,
  );
  const titles = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  // Any change of groups or order draws all markers anew, so that the tab order follows the numbers
  // (Leaflet appends a new or changed marker after the others).
  const layout = groups.map((group) => group.map((index) => places[index].id).join()).join('|');
  const markers = groups.map((group) => {
    const members = group.map((index) => ({ entry: places[index], number: index + 1 }));
    const [first] = members;
    const title =
      members.length === 1
        ? first.entry.title
        : t('opportunities.catalogue.map_group', {
            count: members.length,
            titles: titles.format(members.map((member) => member.entry.title)),
          });
    return (
      <PlaceMarker
        key={members.map((member) => member.entry.id).join()}
        map={map}
        position={first.entry.location}
        icon={members.length === 1 ? markerIcon('place', first.number) : markerIcon('group', members.length)}
        title={title}
      >
        <PlacePopup entries={members.map((member) => member.entry)} origin={origin} />
      </PlaceMarker>
    );
  });
  return <Fragment key={layout}>{markers}</Fragment>;
}

interface PlaceMarkerProps {
  map: LeafletMap;
  position: Point;
  icon: DivIcon;
  title: string;
  /** The popup's content. */
  children: ReactNode;
}

/**
 * A place's marker and its popup. The popup's content is drawn by React (with the app's router,
 * theme and translations) into an element of its own, which Leaflet puts in the popup on opening.
 */
function PlaceMarker({ map, position: { lat, lng }, icon, title, children }: PlaceMarkerProps) {
  const { t } = useTranslation();
  const closeLabel = t('common.actions.close');
  const [content] = useState(() => document.createElement('div'));
  // Leaflet reads the title and the keyboard options only when it draws the marker.
  const place = useLayer(map, () =>
    createMarker([lat, lng], { icon, title, alt: title, keyboard: true, riseOnHover: true })
      .bindPopup(content)
      .on(PLACE_EVENTS),
  );
  useEffect(() => {
    if (!place.getLatLng().equals([lat, lng])) place.setLatLng([lat, lng]);
  }, [place, lat, lng]);
  useEffect(() => {
    if (place.options.icon !== icon) place.setIcon(icon);
  }, [place, icon]);

  useEffect(() => {
    // Escape closes the popup from its links and close button too.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') map.closePopup();
    };
    const onOpen = (event: PopupEvent) => {
      const popup = event.popup.getElement();
      // Leaflet names its close button in English.
      popup?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', closeLabel);
      popup?.addEventListener('keydown', onKeyDown);
      // The focus goes to the first link at each opening, so that a keyboard or screen-reader user
      // lands on what they opened.
      content.querySelector('a')?.focus({ preventScroll: true });
    };
    place.on('popupopen', onOpen);
    return () => {
      place.off('popupopen', onOpen);
      place.getPopup()?.getElement()?.removeEventListener('keydown', onKeyDown);
    };
  }, [map, place, content, closeLabel]);

  useLayoutEffect(() => {
    // Drawn anew while open: Leaflet measures and places the popup again. It also puts the content
    // back in the popup, which would lose the focus in it.
    const popup = place.getPopup();
    if (!popup?.isOpen()) return;
    const focused = document.activeElement;
    popup.update();
    if (focused instanceof HTMLElement && content.contains(focused) && document.activeElement !== focused) {
      focused.focus({ preventScroll: true });
    }
  });

  return createPortal(children, content);
}

/** What a marker opens: each activity's title as a link to its page, who runs it, and when next. */
function PlacePopup({ entries, origin }: { entries: TPlacedEntry[]; origin: TOrigin | null }) {
  const { t } = useTranslation();
  const format = useFormatters();

  return (
    <Stack gap="sm" data-testid="catalogue-map-popup">
      {entries.map((entry) => (
        <Stack key={entry.id} gap={2}>
          <Anchor component={Link} to={sharePath(entry.id)} fw={700}>
            {entry.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            {entry.orgName}
          </Text>
          <Text size="sm">
            {t('opportunities.catalogue.next_date', { date: format.dateTime(entry.nextShiftStartsAt) })}
          </Text>
          {origin && entry.distanceKm !== null && (
            <Text size="sm">{t('opportunities.catalogue.distance', { km: roundDistance(entry.distanceKm) })}</Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}

/** The same places as the map, numbered as its markers, with distance and direction when known. */
function PlacesList({ places, origin }: { places: TPlacedEntry[]; origin: TOrigin | null }) {
  const { t } = useTranslation();
  return (
    <Box component="section" aria-label={t('opportunities.catalogue.map_places')}>
      <List type="ordered" spacing="sm" data-testid="catalogue-map-list">
        {places.map((entry) => (
          <List.Item key={entry.id} data-testid="catalogue-map-item">
            <Anchor
              component={Link}
              to={sharePath(entry.id)}
              style={{ display: 'inline-block', minHeight: '2.75rem', paddingBlock: '0.35rem' }}
            >
              {entry.title}
            </Anchor>
            {origin &&
              entry.distanceKm !== null &&
              t('opportunities.nearby.where', {
                km: roundDistance(entry.distanceKm),
                direction: t(`opportunities.nearby.directions.${compassPoint(origin, entry.location)}`),
              })}
            <Text c="dimmed">{entry.orgName}</Text>
          </List.Item>
        ))}
      </List>
    </Box>
  );
}
